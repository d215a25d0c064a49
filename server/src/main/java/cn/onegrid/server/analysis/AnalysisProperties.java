package cn.onegrid.server.analysis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Analysis settings ({@code onegrid.analysis.*}).
 *
 * @param enabled whether the server keeps analysis current (tests that need still data turn it off)
 * @param walkingRadius catchment radius around each post, in metres
 * @param metricCrs the projected CRS lengths and areas are computed in
 * @param interval how often stale committees are looked for
 */
@ConfigurationProperties("onegrid.analysis")
public record AnalysisProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("300") double walkingRadius,
    @DefaultValue("EPSG:4549") String metricCrs,
    @DefaultValue("1s") Duration interval) {}
