package cn.onegrid.server.tiles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tile settings ({@code onegrid.tiles.*}).
 *
 * @param cacheSize memory for low-zoom tiles kept between requests (0 keeps none)
 */
@ConfigurationProperties("onegrid.tiles")
public record TilesProperties(@DefaultValue("64MB") DataSize cacheSize) {}
