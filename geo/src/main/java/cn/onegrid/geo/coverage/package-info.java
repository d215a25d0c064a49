/**
 * Duty-post coverage of a committee: how much of it some post is responsible for, where nobody is
 * (the uncovered polygons), where two or more posts are (the overlaps), and each post's share.
 *
 * <p>Entry points: {@link cn.onegrid.geo.coverage.PostCoverage#of} for drawn responsibility areas,
 * {@link cn.onegrid.geo.coverage.Catchments#around} to turn post locations into walking-radius
 * areas first. All inputs in a metric CRS; areas in square metres.
 */
package cn.onegrid.geo.coverage;
