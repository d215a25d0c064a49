package cn.onegrid.data.sample;

import cn.onegrid.geo.partition.RandomPoints;
import cn.onegrid.geo.partition.SharedBorders;
import cn.onegrid.geo.partition.VoronoiPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The illustrative boundaries of a town: committees, their comprehensive grids and micro-grids,
 * nested exactly. Committees are Voronoi cells of evenly spread seeds in the town; each committee
 * is cut the same way into 2–3 comprehensive grids, each of those into micro-grids (6–10 per
 * committee). All cutting happens in a {@link LocalFrame} in metres; the micro-grids of the whole
 * town are then moved to degrees and noded together on the 1e-7° grid ({@link SharedBorders}), so
 * neighbours share every border vertex, also across committee borders. Comprehensive grids,
 * committees and the town are the exact {@link CoverageUnion}s of their micro-grids.
 *
 * <p>The town boundary is therefore the given outline snap-rounded to 7 decimals: equal to it
 * except where a border meets the outline, where the new vertex moves by less than 1 cm.
 */
final class Tiling {

  static final int MIN_COMPREHENSIVE = 2;
  static final int MAX_COMPREHENSIVE = 3;
  static final int MIN_MICRO = 6;
  static final int MAX_MICRO = 10;

  /** The boundaries of one committee; micro-grids grouped by comprehensive grid. */
  record CommitteeTiles(
      MultiPolygon boundary, List<MultiPolygon> comprehensive, List<List<MultiPolygon>> micro) {}

  /** The boundaries of a town and its committees, committees in the order asked for. */
  record Result(MultiPolygon town, List<CommitteeTiles> committees, LocalFrame frame) {}

  private Tiling() {}

  /**
   * Tiles the outline into {@code committees} committees.
   *
   * @param outline polygonal, EPSG:4326
   * @param committees how many committees
   * @param random advanced by this call; committee {@code i} then uses the {@code i}-th split
   */
  static Result of(Geometry outline, int committees, SplittableRandom random) {
    LocalFrame frame = LocalFrame.around(outline);
    Geometry area = frame.toMetres(outline);
    List<Geometry> cells = VoronoiPartition.of(area, RandomPoints.spread(area, committees, random));
    List<SplittableRandom> randoms = new ArrayList<>(committees);
    for (int i = 0; i < committees; i++) {
      randoms.add(random.split());
    }
    List<List<List<Geometry>>> micro =
        IntStream.range(0, committees)
            .parallel()
            .mapToObj(i -> microGrids(cells.get(i), randoms.get(i)))
            .toList();
    List<Geometry> flat = new ArrayList<>();
    micro.forEach(groups -> groups.forEach(flat::addAll));
    List<Geometry> degrees =
        SharedBorders.of(flat.stream().map(frame::toDegrees).toList(), LocalFrame.OUTPUT);
    return assemble(micro, degrees, frame);
  }

  /** One committee in metres: its comprehensive grids, each a list of micro-grids. */
  private static List<List<Geometry>> microGrids(Geometry committee, SplittableRandom random) {
    int comprehensive = between(random, MIN_COMPREHENSIVE, MAX_COMPREHENSIVE);
    int micro = between(random, MIN_MICRO, MAX_MICRO);
    List<Geometry> groups =
        VoronoiPartition.of(committee, RandomPoints.spread(committee, comprehensive, random));
    List<List<Geometry>> result = new ArrayList<>(comprehensive);
    for (int g = 0; g < comprehensive; g++) {
      int count = micro / comprehensive + (g < micro % comprehensive ? 1 : 0);
      Geometry group = groups.get(g);
      result.add(VoronoiPartition.of(group, RandomPoints.spread(group, count, random)));
    }
    return result;
  }

  /** Regroups the rounded micro-grids and merges them into grids, committees and the town. */
  private static Result assemble(
      List<List<List<Geometry>>> metres, List<Geometry> degrees, LocalFrame frame) {
    List<CommitteeTiles> committees = new ArrayList<>(metres.size());
    int next = 0;
    for (List<List<Geometry>> groups : metres) {
      List<List<MultiPolygon>> micro = new ArrayList<>();
      List<MultiPolygon> comprehensive = new ArrayList<>();
      for (List<Geometry> group : groups) {
        List<MultiPolygon> cells = new ArrayList<>();
        for (int j = 0; j < group.size(); j++) {
          cells.add(multi(degrees.get(next++)));
        }
        micro.add(List.copyOf(cells));
        comprehensive.add(union(cells));
      }
      committees.add(
          new CommitteeTiles(union(comprehensive), List.copyOf(comprehensive), List.copyOf(micro)));
    }
    MultiPolygon town = union(committees.stream().map(CommitteeTiles::boundary).toList());
    return new Result(town, List.copyOf(committees), frame);
  }

  static MultiPolygon union(List<? extends Geometry> coverage) {
    return multi(CoverageUnion.union(coverage.toArray(new Geometry[0])));
  }

  /** The geometry as a MultiPolygon of the output factory; refuses an empty one. */
  static MultiPolygon multi(Geometry polygonal) {
    if (polygonal.isEmpty()) {
      throw new IllegalStateException("a generated shape collapsed to nothing");
    }
    if (polygonal instanceof MultiPolygon multi) {
      return multi;
    }
    return LocalFrame.OUTPUT.createMultiPolygon(new Polygon[] {(Polygon) polygonal});
  }

  static int between(SplittableRandom random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
