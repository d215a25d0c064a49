package cn.onegrid.geo.editing;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A drawing made fit to store, and what was changed to get there.
 *
 * @param shape valid, polygonal, inside its committee
 * @param cleanings the changes, in the order made; empty when the drawing was used as drawn
 */
public record CleanedDrawing(Geometry shape, List<Cleaning> cleanings) {}
