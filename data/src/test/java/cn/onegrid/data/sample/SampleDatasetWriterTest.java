package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reproducibility: the text of a dataset depends on the seed only. */
class SampleDatasetWriterTest {

  @Test
  void sameSeedGivesByteIdenticalText() throws IOException {
    byte[] first = bytes(SampleTownGenerator.generate(SampleTownGenerator.DEFAULT_SEED));
    byte[] second = bytes(SampleTownGenerator.generate(SampleTownGenerator.DEFAULT_SEED));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void differentSeedGivesDifferentText() throws IOException {
    assertThat(bytes(SampleTownGenerator.generate(1L)))
        .isNotEqualTo(bytes(SampleTownGenerator.generate(2L)));
  }

  @Test
  void oneLinePerRowStartingWithTheTown() throws IOException {
    SampleDataset town = SampleTownGenerator.generate();
    String[] lines = new String(bytes(town), StandardCharsets.UTF_8).split("\n");
    SampleCounts counts = town.counts();

    assertThat(lines[0]).startsWith("town\t310114118\t江桥镇\tJiangqiao Town\ttrue\tMULTIPOLYGON (((");
    assertThat(lines[1])
        .startsWith("committee\t310114118001\t曹安社区居委会\tresidents_committee\tMULTIPOLYGON");
    assertThat(lines)
        .hasSize(
            (int) counts.total()
                - counts.dutyPostMembers()
                - counts.dutySlotMembers()
                - counts.partyGroupMembers());
  }

  @Test
  void smallCityIsReproducibleToo() throws IOException {
    assertThat(bytes(CityGenerator.generate(7L, 30)))
        .isEqualTo(bytes(CityGenerator.generate(7L, 30)));
  }

  static byte[] bytes(SampleDataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      SampleDatasetWriter.write(dataset, writer);
    }
    return out.toByteArray();
  }
}
