package cn.onegrid.data.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;

/**
 * The generation run shared by the sample town and the synthetic city: tile the outline, then fill
 * each committee from its own split of the seed's random stream (in parallel; the splits are taken
 * in committee order, so the output does not depend on scheduling).
 */
final class Generation {

  private Generation() {}

  static SampleDataset run(
      Profile profile,
      List<CommitteeSpec> specs,
      Geometry outline,
      long seed,
      boolean approximate) {
    SplittableRandom root = new SplittableRandom(seed);
    Tiling.Result tiles = Tiling.of(outline, specs.size(), root.split());
    List<SplittableRandom> randoms = new ArrayList<>(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      randoms.add(root.split());
    }
    List<CommitteeContent> contents =
        IntStream.range(0, specs.size())
            .parallel()
            .mapToObj(
                i ->
                    CommitteeContent.of(
                        i,
                        specs.get(i),
                        tiles.committees().get(i),
                        tiles.frame(),
                        profile,
                        randoms.get(i)))
            .toList();
    SampleTown town =
        new SampleTown(profile.code(), profile.name(), profile.nameEn(), tiles.town(), approximate);
    return new SampleDataset(
        town,
        contents.stream().map(CommitteeContent::committee).toList(),
        contents.stream().flatMap(c -> c.grids().stream()).toList(),
        contents.stream().flatMap(c -> c.persons().stream()).toList(),
        contents.stream().flatMap(c -> c.posts().stream()).toList(),
        contents.stream().map(CommitteeContent::liaison).toList(),
        contents.stream().flatMap(c -> c.partners().stream()).toList(),
        contents.stream().flatMap(c -> c.teams().stream()).toList(),
        contents.stream().flatMap(c -> c.compounds().stream()).toList(),
        contents.stream().flatMap(c -> c.partyGroups().stream()).toList());
  }
}
