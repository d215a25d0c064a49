/**
 * Partitions: dividing a polygonal area into cells that form a clean polygonal coverage.
 *
 * <p>A set of cells is a <em>clean coverage</em> of an area when the cells do not overlap, leave no
 * gap, share every common border vertex for vertex (the same coordinates on both sides, as {@link
 * org.locationtech.jts.coverage.CoverageValidator} requires) and their union is the area. Such
 * cells can be merged exactly with {@link org.locationtech.jts.coverage.CoverageUnion}.
 *
 * <ul>
 *   <li>{@link cn.onegrid.geo.partition.VoronoiPartition} cuts an area into one cell per seed point
 *       (the part of the area nearer to that seed than to any other).
 *   <li>{@link cn.onegrid.geo.partition.SharedBorders} re-nodes polygons that tile an area only up
 *       to floating-point noise (children partitioned separately, or transformed to another frame)
 *       into a clean coverage, optionally snap-rounded to a fixed precision.
 *   <li>{@link cn.onegrid.geo.partition.RandomPoints} draws reproducible seed points inside an
 *       area.
 * </ul>
 *
 * <p>Everything here is deterministic: the same input (and the same random generator state) gives
 * the same output, coordinate for coordinate. Units are those of the input coordinates; no
 * operation here assumes degrees or metres.
 */
package cn.onegrid.geo.partition;
