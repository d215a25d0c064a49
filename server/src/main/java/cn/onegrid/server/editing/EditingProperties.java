package cn.onegrid.server.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Editing settings ({@code onegrid.editing.*}).
 *
 * @param snapTolerance metres within which a drawing's vertices move onto its neighbours' borders
 *     and its committee's (0: no snapping)
 */
@ConfigurationProperties("onegrid.editing")
public record EditingProperties(@DefaultValue("2") double snapTolerance) {}
