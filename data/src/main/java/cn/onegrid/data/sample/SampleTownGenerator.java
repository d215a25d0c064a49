package cn.onegrid.data.sample;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Generates the sample town: Jiangqiao (江桥镇, 310114118) with its 58 real committees (codes, names
 * and kinds from {@code sample/jiangqiao-committees.csv}) and everything below them made up,
 * reproducibly from a seed. Committee boundaries tile the bundled approximate town outline; each
 * committee has 2–3 comprehensive grids and 6–10 micro-grids, 3–8 duty posts with 3–8 members and
 * weekly slots, one town liaison (Thursdays), partner units and volunteer teams. 金华社区
 * (310114118009) patrols every night; 嘉星社区 (310114118024) has ten or more volunteer teams. Names of
 * people and units end in （示例）, phones are 139000xxxxx, everything is illustrative.
 *
 * <p>The town boundary in the dataset is the bundled outline snap-rounded to 7 decimals together
 * with the committee borders (so that the committees tile it exactly): it differs from the bundled
 * outline only where a committee border meets it, by less than 1 cm (relative area difference about
 * 4e-7). Generation takes about half a second once the JVM is warm; the same seed always gives the
 * same dataset, byte for byte through {@link SampleDatasetWriter}.
 */
public final class SampleTownGenerator {

  /** The seed of the sample town everybody sees. */
  public static final long DEFAULT_SEED = 20261126L;

  static final String JINHUA = "310114118009";
  static final String JIAXING = "310114118024";

  private SampleTownGenerator() {}

  /** The sample town from {@link #DEFAULT_SEED}. */
  public static SampleDataset generate() {
    return generate(DEFAULT_SEED);
  }

  /** The sample town from the given seed. */
  public static SampleDataset generate(long seed) {
    List<CommitteeSpec> committees = ReferenceData.committees();
    Geometry outline =
        ReferenceData.outline(
            ReferenceData.TOWN_CODE, new GeometryFactory(new PrecisionModel(), 4326));
    List<String> villages =
        committees.stream()
            .filter(c -> c.kind() == SampleCommittee.Kind.VILLAGE)
            .map(CommitteeSpec::shortName)
            .toList();
    Profile profile =
        new Profile(
            ReferenceData.TOWN_CODE,
            "江桥镇",
            "Jiangqiao Town",
            Set.of(JINHUA),
            Set.of(JIAXING),
            villages,
            "曲阳路街道");
    return Generation.run(profile, committees, outline, seed, true);
  }
}
