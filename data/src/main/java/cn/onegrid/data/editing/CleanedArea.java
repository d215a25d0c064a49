package cn.onegrid.data.editing;

import cn.onegrid.geo.editing.Cleaning;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A drawing made fit to store, in degrees, and what cleaning changed (places in longitude,
 * latitude; areas in m²).
 *
 * @param shape null when the area is removed
 */
public record CleanedArea(Geometry shape, List<Cleaning> cleanings) {}
