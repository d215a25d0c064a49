package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;

/** A small synthetic city follows the town's rules; the full-size one is for benchmarks. */
class CityGeneratorTest {

  static SampleDataset city;

  @BeforeAll
  static void generate() {
    city = CityGenerator.generate(3L, 120);
  }

  @Test
  void committeesHaveUniqueSyntheticTwelveDigitCodesAndNames() {
    assertThat(city.committees()).hasSize(120);
    assertThat(city.committees())
        .extracting(SampleCommittee::code)
        .doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches("3101990[0-9]{5}"));
    assertThat(city.committees().get(21).name()).matches("示例第22(社区居委会|村村委会)");
  }

  @Test
  void committeeCodesNumberAtMost999CommitteesPerTown() {
    assertThat(CityGenerator.committeeCode(1)).isEqualTo("310199000001");
    assertThat(CityGenerator.committeeCode(999)).isEqualTo("310199000999");
    assertThat(CityGenerator.committeeCode(1000)).isEqualTo("310199001001");
    assertThat(CityGenerator.committeeCode(6000)).isEqualTo("310199006006");
  }

  @Test
  void committeesAndMicroGridsTileTheCity() {
    List<MultiPolygon> committees =
        city.committees().stream().map(SampleCommittee::boundary).toList();
    List<MultiPolygon> micro =
        city.grids().stream()
            .filter(g -> g.level() == SampleGrid.Level.MICRO)
            .map(SampleGrid::boundary)
            .toList();

    assertThat(Coverages.isClean(committees)).isTrue();
    assertThat(Coverages.isClean(micro)).isTrue();
    assertThat(Coverages.unionError(committees, city.town().boundary())).isLessThan(1e-9);
    assertThat(micro).hasSizeBetween(120 * 6, 120 * 10);
  }

  @Test
  void smallCityIsASquareAroundTheCentre() {
    Envelope envelope = city.town().boundary().getEnvelopeInternal();

    assertThat(envelope.centre().x).isCloseTo(121.3, within(1e-6));
    assertThat(envelope.centre().y).isCloseTo(31.2, within(1e-6));
    assertThat(city.town().boundary().getArea()).isCloseTo(envelope.getArea(), within(1e-15));
  }

  @Test
  void postsAndPeopleFollowTheTownRules() {
    assertThat(city.dutyPosts()).allSatisfy(p -> assertThat(p.memberKeys()).hasSizeBetween(3, 8));
    assertThat(city.persons()).allSatisfy(p -> assertThat(p.phone()).matches("^1[3-9][0-9]{9}$"));
    assertThat(city.persons()).extracting(SamplePerson::phone).doesNotHaveDuplicates();
  }

  @Test
  void tooManyCommitteesForTheCodeSpaceAreRefused() {
    assertThatThrownBy(() -> CityGenerator.generate(1L, 100_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
