package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onegrid.data.InvalidQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoJSON as GDAL writes it, read in one pass: attributes as text, shapes as JTS geometries. */
class SourceFeaturesTest {

  @TempDir Path folder;

  @Test
  void attributesComeAsTextInTheFilesOrder() throws IOException {
    SourceFeatures read =
        read(
            """
            {"type": "FeatureCollection", "name": "features", "features": [
             {"type": "Feature", "properties": {"编码": 310114118009.0, "名称": "金华社区居委会",
               "户数": 1200, "面积": 0.50, "备注": null, "职责": ["patrol", "fire"], "有效": true},
              "geometry": {"type": "Point", "coordinates": [121.305, 31.255]}},
             {"type": "Feature", "properties": {"编码": "310114118203"}, "geometry": null}
            ]}
            """);
    assertThat(read.fields()).containsExactly("编码", "名称", "户数", "面积", "备注", "职责", "有效");
    assertThat(read.rows()).hasSize(1); // a feature without a shape is no row
    SourceFeatures.Row row = read.rows().get(0);
    assertThat(row.number()).isEqualTo(1);
    assertThat(row.value("编码")).isEqualTo("310114118009");
    assertThat(row.value("户数")).isEqualTo("1200");
    assertThat(row.value("面积")).isEqualTo("0.5");
    assertThat(row.value("备注")).isEmpty();
    assertThat(row.value("职责")).isEqualTo("[\"patrol\",\"fire\"]");
    assertThat(row.value("有效")).isEqualTo("true");
    assertThat(row.shape().toText()).isEqualTo("POINT (121.305 31.255)");
    assertThat(row.shape().getSRID()).isEqualTo(4326);
  }

  @Test
  void aPolygonAndAMultiPolygonAreOneKind() throws IOException {
    SourceFeatures read =
        read(
            """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
               "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
             {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
               "coordinates": [[[[2, 0], [3, 0], [3, 1], [2, 0]]]]}}
            ]}
            """);
    assertThat(read.rows())
        .extracting(r -> r.shape().getGeometryType())
        .containsExactly("Polygon", "MultiPolygon");
  }

  @Test
  void coordinatesThatAreNoNumbersAreRefusedNamingTheRow() throws IOException {
    InvalidQuery refused =
        refused(
            """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {}, "geometry": {"type": "Point",
               "coordinates": [121.3, 31.2]}},
             {"type": "Feature", "properties": {}, "geometry": {"type": "Point",
               "coordinates": ["inf", "inf"]}}
            ]}
            """);
    assertThat(refused.key()).isEqualTo("transfer.coordinates");
    assertThat(refused.args()).containsExactly("2");
  }

  @Test
  void aLayerOfNoShapesIsRefused() throws IOException {
    InvalidQuery refused =
        refused(
            """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"code": "1"}, "geometry": null}]}
            """);
    assertThat(refused.key()).isEqualTo("transfer.no-features");
    assertThat(refused.args()).containsExactly("layer");
  }

  private InvalidQuery refused(String json) {
    return catchThrowableOfType(InvalidQuery.class, () -> read(json));
  }

  private SourceFeatures read(String json) throws IOException {
    return SourceFeatures.read(
        Files.writeString(folder.resolve("features.geojson"), json), "layer");
  }
}
