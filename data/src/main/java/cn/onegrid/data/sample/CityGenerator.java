package cn.onegrid.data.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Generates a synthetic city for benchmarks, by the same rules as {@link SampleTownGenerator}: a
 * square of about 70 km × 70 km centred on 121.3°E 31.2°N, cut into {@value #DEFAULT_COMMITTEES}
 * committees (about 48,000 micro-grids and 39,000 duty posts, 280,000 persons). Codes are synthetic
 * (county 310199, below); names too (示例第123社区居委会, one in four a village 示例第123村村委会). About one
 * committee in fifty patrols every night and one in a hundred has ten or more volunteer teams.
 *
 * <p>Committee codes are real codes' shape, county (6) + town (3) + committee (3): a town holds at
 * most {@value #TOWN_SIZE} committees, so the city's committees 1 to 999 are town 310199000's,
 * 1,000 to 1,998 town 310199001's, and so on ({@link #committeeCode}). The dataset still has one
 * town row (310199000, the whole square), so a city loaded directly serves the read benchmarks;
 * only a city of at most {@value #TOWN_SIZE} committees can be imported as one town, as OneGrid
 * holds one town and an import refuses another town's codes.
 *
 * <p>Micro-grids are noded together across the whole city, as in the town, so committees tile the
 * city as a clean coverage (the city-wide noding is one single-threaded step of a few seconds; the
 * rest runs in parallel per committee). Generating the default city takes about 30 s of CPU (about
 * 20 s on two cores) and needs under 1 GB of live heap ({@code -Xmx2g} is plenty).
 */
public final class CityGenerator {

  public static final int DEFAULT_COMMITTEES = 6_000;

  /** The most committees a town's codes can number: its last three digits, 001 to 999. */
  public static final int TOWN_SIZE = 999;

  static final String CODE = "310199000";
  static final double CENTRE_LON = 121.3;
  static final double CENTRE_LAT = 31.2;
  static final double SIDE_M = 70_000;

  private CityGenerator() {}

  /** The default-size city. */
  public static SampleDataset generate(long seed) {
    return generate(seed, DEFAULT_COMMITTEES);
  }

  /**
   * A city of {@code committees} committees on a square scaled to keep committees the size of the
   * default city's (about 0.8 km²).
   *
   * @param committees 1 to 99,999
   */
  public static SampleDataset generate(long seed, int committees) {
    if (committees < 1 || committees > 99_999) {
      throw new IllegalArgumentException("committees must be 1 to 99,999: " + committees);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_C17EL);
    List<CommitteeSpec> specs = new ArrayList<>(committees);
    Set<String> night = new HashSet<>();
    Set<String> many = new HashSet<>();
    List<String> villages = new ArrayList<>();
    for (int i = 1; i <= committees; i++) {
      String code = committeeCode(i);
      boolean village = random.nextInt(4) == 0;
      String name = "示例第" + i + (village ? "村村委会" : "社区居委会");
      SampleCommittee.Kind kind =
          village ? SampleCommittee.Kind.VILLAGE : SampleCommittee.Kind.RESIDENTS_COMMITTEE;
      specs.add(new CommitteeSpec(code, name, kind));
      if (village) {
        villages.add("示例第" + i + "村");
      }
      if (random.nextInt(50) == 0) {
        night.add(code);
      }
      if (random.nextInt(100) == 0) {
        many.add(code);
      }
    }
    Profile profile =
        new Profile(CODE, "示例市", "Example City (synthetic)", night, many, villages, "示例街道");
    return Generation.run(profile, specs, square(committees), seed, true);
  }

  /**
   * The code of the city's committee {@code i} (from 1): county 310199, town {@code (i - 1) / 999}
   * and committee {@code (i - 1) % 999 + 1}, so no code ends in 000.
   */
  public static String committeeCode(int i) {
    return String.format("310199%03d%03d", (i - 1) / TOWN_SIZE, (i - 1) % TOWN_SIZE + 1);
  }

  /** The city outline: a square in degrees whose side grows with the square root of the size. */
  private static Geometry square(int committees) {
    double half = SIDE_M / 2 * Math.sqrt(committees / (double) DEFAULT_COMMITTEES);
    LocalFrame frame = LocalFrame.at(CENTRE_LON, CENTRE_LAT);
    Coordinate sw = frame.toOutput(new Coordinate(-half, -half));
    Coordinate ne = frame.toOutput(new Coordinate(half, half));
    GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
    return factory.toGeometry(new org.locationtech.jts.geom.Envelope(sw, ne));
  }
}
