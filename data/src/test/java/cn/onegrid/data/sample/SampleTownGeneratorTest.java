package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;

/** The sample town's shapes: committees, grids and the town outline. */
class SampleTownGeneratorTest {

  static SampleDataset town;

  @BeforeAll
  static void generate() {
    town = SampleTownGenerator.generate();
  }

  @Test
  void fiftyEightCommitteesWithTheOfficialCodesNamesAndKinds() throws IOException {
    List<String> csv = csvLines();

    assertThat(town.committees()).hasSize(58);
    assertThat(town.committees())
        .map(c -> c.code() + "," + c.name() + "," + SampleDatasetWriter.sql(c.kind()))
        .containsExactlyElementsOf(csv);
  }

  @Test
  void townIsJiangqiaoMarkedApproximate() {
    assertThat(town.town().code()).isEqualTo("310114118");
    assertThat(town.town().name()).isEqualTo("江桥镇");
    assertThat(town.town().approximate()).isTrue();
  }

  @Test
  void committeesTileTheTownWithoutGapOrOverlap() {
    assertThat(Coverages.isClean(boundaries(town.committees()))).isTrue();
    assertThat(Coverages.unionError(boundaries(town.committees()), town.town().boundary()))
        .isLessThan(1e-9);
  }

  @Test
  void townIsTheBundledOutlineWithinOneCentimetre() {
    Geometry outline =
        ReferenceData.outline("310114118", new GeometryFactory(new PrecisionModel(), 4326));
    Geometry boundary = town.town().boundary();

    assertThat(boundary.symDifference(outline).getArea() / outline.getArea()).isLessThan(1e-6);
    assertThat(boundary.buffer(1e-7).covers(outline)).isTrue();
    assertThat(outline.buffer(1e-7).covers(boundary)).isTrue();
  }

  @Test
  void everyCommitteeHasSixToTenMicroGridsInTwoOrThreeComprehensiveGrids() {
    Map<String, List<SampleGrid>> byCommittee = gridsByCommittee(SampleGrid.Level.MICRO);
    Map<String, List<SampleGrid>> comprehensive = gridsByCommittee(SampleGrid.Level.COMPREHENSIVE);

    assertThat(byCommittee)
        .hasSize(58)
        .allSatisfy((code, grids) -> assertThat(grids).hasSizeBetween(6, 10));
    assertThat(comprehensive)
        .hasSize(58)
        .allSatisfy((code, grids) -> assertThat(grids).hasSizeBetween(2, 3));
  }

  @Test
  void microGridsTileTheirCommitteeExactly() {
    Map<String, List<SampleGrid>> micro = gridsByCommittee(SampleGrid.Level.MICRO);
    for (SampleCommittee committee : town.committees()) {
      List<MultiPolygon> cells =
          micro.get(committee.code()).stream().map(SampleGrid::boundary).toList();

      assertThat(Coverages.isClean(cells)).as(committee.name()).isTrue();
      assertThat(Coverages.unionError(cells, committee.boundary()))
          .as(committee.name())
          .isLessThan(1e-9);
    }
  }

  @Test
  void microGridsOfNeighbouringCommitteesShareTheirBorderVertices() {
    List<MultiPolygon> all =
        town.grids().stream()
            .filter(g -> g.level() == SampleGrid.Level.MICRO)
            .map(SampleGrid::boundary)
            .toList();

    assertThat(Coverages.isClean(all)).isTrue();
    assertThat(Coverages.unionError(all, town.town().boundary())).isLessThan(1e-9);
  }

  @Test
  void comprehensiveGridIsTheUnionOfItsMicroGrids() {
    Map<String, List<MultiPolygon>> children =
        town.grids().stream()
            .filter(g -> g.level() == SampleGrid.Level.MICRO)
            .collect(
                Collectors.groupingBy(
                    g -> g.parentCode().orElseThrow(),
                    Collectors.mapping(SampleGrid::boundary, Collectors.toList())));
    for (SampleGrid grid : town.grids()) {
      if (grid.level() == SampleGrid.Level.COMPREHENSIVE) {
        assertThat(Coverages.unionError(children.get(grid.code()), grid.boundary()))
            .as(grid.name())
            .isLessThan(1e-9);
      }
    }
  }

  @Test
  void gridCodesAndNamesFollowTheirParents() {
    SampleGrid first = town.grids().get(0);
    SampleGrid firstMicro = town.grids().get(1);

    assertThat(first.code()).isEqualTo("31011411800101");
    assertThat(first.name()).isEqualTo("曹安社区第1综合网格");
    assertThat(firstMicro.code()).isEqualTo("3101141180010101");
    assertThat(firstMicro.name()).isEqualTo("曹安社区第1-1微网格");
    assertThat(town.grids())
        .allSatisfy(
            g ->
                assertThat(g.code())
                    .matches(g.level() == SampleGrid.Level.MICRO ? "[0-9]{16}" : "[0-9]{14}")
                    .endsWith(String.format("%02d", g.seq())));
    assertThat(town.grids()).extracting(SampleGrid::leaderKey).doesNotHaveDuplicates();
  }

  @Test
  void everyShapeIsValidInEpsg4326WithSevenDecimals() {
    List<Geometry> shapes = new java.util.ArrayList<>();
    shapes.add(town.town().boundary());
    town.committees().forEach(c -> shapes.add(c.boundary()));
    town.grids().forEach(g -> shapes.add(g.boundary()));
    town.dutyPosts().forEach(p -> shapes.addAll(List.of(p.location(), p.area())));

    assertThat(shapes)
        .allSatisfy(
            g -> {
              assertThat(g.isValid()).isTrue();
              assertThat(g.isEmpty()).isFalse();
              assertThat(g.getSRID()).isEqualTo(4326);
              assertThat(Coverages.onSevenDecimalGrid(g)).isTrue();
            });
  }

  @Test
  void committeesLieInJiangqiao() {
    assertThat(town.town().boundary().getEnvelopeInternal().getMinX())
        .isCloseTo(121.25, within(0.01));
    assertThat(town.town().boundary().getEnvelopeInternal().getMaxY())
        .isCloseTo(31.283, within(0.01));
  }

  static List<MultiPolygon> boundaries(List<SampleCommittee> committees) {
    return committees.stream().map(SampleCommittee::boundary).toList();
  }

  static Map<String, List<SampleGrid>> gridsByCommittee(SampleGrid.Level level) {
    return town.grids().stream()
        .filter(g -> g.level() == level)
        .collect(Collectors.groupingBy(SampleGrid::committeeCode));
  }

  private static List<String> csvLines() throws IOException {
    try (InputStream in =
        SampleTownGeneratorTest.class.getResourceAsStream("/sample/jiangqiao-committees.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\r?\n")).skip(1).filter(l -> !l.isBlank()).toList();
    }
  }
}
