package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onegrid.data.InvalidQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploaded files as GDAL writes them (made here, at test time, from two committees of Jiangqiao),
 * converted to GeoJSON in EPSG:4326: Chinese text decoded, coordinates back where they were; and
 * read as an import reads them ({@link SourceFeatures}): a layer of nothing or of mixed shapes is
 * refused.
 */
class SourceConverterTest {

  private static final String COMMITTEES =
      """
      {"type": "FeatureCollection", "features": [
       {"type": "Feature", "properties": {"code": "310114118009", "name": "金华社区居委会"},
        "geometry": {"type": "MultiPolygon", "coordinates":
          [[[[121.30, 31.25], [121.31, 31.25], [121.31, 31.26], [121.30, 31.26], [121.30, 31.25]]]]}},
       {"type": "Feature", "properties": {"code": "310114118203", "name": "高潮村村委会"},
        "geometry": {"type": "MultiPolygon", "coordinates":
          [[[[121.31, 31.25], [121.32, 31.25], [121.32, 31.26], [121.31, 31.26], [121.31, 31.25]]]]}}
      ]}
      """;

  private static final Pattern FIRST_POINT =
      Pattern.compile("\"coordinates\": [\\[\\s]+(-?[\\d.]+), (-?[\\d.]+)");

  @TempDir Path folder;
  private Path source;

  @BeforeEach
  void writeSource() throws IOException {
    source = Files.writeString(folder.resolve("source.geojson"), COMMITTEES);
  }

  @Test
  void aGbkShapefileWithoutCpgIsReadAsGbk() throws IOException {
    Path shp = shapefile("GBK");
    Files.delete(folder.resolve("shp/committees.cpg"));
    String json = convert(shp, Optional.empty(), Optional.empty());
    assertThat(json).contains("金华社区居委会", "高潮村村委会");
  }

  @Test
  void aShapefileWithCpgIsReadAsItSays() throws IOException {
    Path shp = shapefile("UTF-8");
    // The .cpg (UTF-8) wins over a GBK chosen for files without one.
    assertThat(convert(shp, Optional.empty(), Optional.of("GBK"))).contains("金华社区居委会");
  }

  @Test
  void aShapefileWithoutPrjNeedsACrsChosen() throws IOException {
    Path shp = shapefile("UTF-8");
    Files.delete(folder.resolve("shp/committees.prj"));
    InvalidQuery refused =
        catchThrowableOfType(
            InvalidQuery.class, () -> convert(shp, Optional.empty(), Optional.empty()));
    assertThat(refused.key()).isEqualTo("transfer.crs-missing");
    String json = convert(shp, Optional.of(new SourceCrs(4490)), Optional.empty());
    assertThat(firstPoint(json)[0]).isCloseTo(121.30, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void aGaussKruegerGeoPackageLandsWithinAMillimetre() throws IOException {
    Path gpkg = folder.resolve("committees.gpkg");
    gdal(
        "-f",
        "GPKG",
        "-t_srs",
        "EPSG:4549",
        "-nln",
        "committees",
        gpkg.toString(),
        source.toString());
    assertThat(SourceConverter.layers(gpkg, folder))
        .containsExactly(new SourceConverter.SourceLayer("committees", true));
    double[] point = firstPoint(convert(gpkg, Optional.empty(), Optional.empty()));
    // 1e-8 degrees is about a millimetre here
    assertThat(point[0]).isCloseTo(121.30, org.assertj.core.api.Assertions.within(1e-8));
    assertThat(point[1]).isCloseTo(31.25, org.assertj.core.api.Assertions.within(1e-8));
  }

  @Test
  void aCsvWithLongitudeAndLatitudeBecomesPoints() throws IOException {
    Path csv =
        Files.writeString(
            folder.resolve("upload.csv"),
            "code,name,经度,纬度\n310114118009P01,金华第1党员联勤岗,121.305,31.255\n",
            StandardCharsets.UTF_8);
    InvalidQuery refused =
        catchThrowableOfType(
            InvalidQuery.class, () -> convert(csv, Optional.empty(), Optional.empty()));
    assertThat(refused.key()).isEqualTo("transfer.crs-missing");
    String json = convert(csv, Optional.of(new SourceCrs(4490)), Optional.empty());
    assertThat(json).contains("\"Point\"").contains("金华第1党员联勤岗");
    assertThat(firstPoint(json)).containsExactly(121.305, 31.255);
  }

  @Test
  void aLayerWithoutFeaturesIsRefused() throws IOException {
    Path empty =
        Files.writeString(
            folder.resolve("empty.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
    assertThat(refusal(empty).key()).isEqualTo("transfer.no-features");
  }

  @Test
  void pointsAndAreasInOneLayerAreRefused() throws IOException {
    Path mixed =
        Files.writeString(
            folder.resolve("mixed.geojson"),
            COMMITTEES.replace(
                "]}\n",
                ", {\"type\": \"Feature\", \"properties\": {\"code\": \"310114118009P01\"},"
                    + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [121.305, 31.255]}}]}\n"));
    InvalidQuery refused = refusal(mixed);
    assertThat(refused.key()).isEqualTo("transfer.mixed-geometry");
    assertThat(refused.args()[1]).isEqualTo("POINT, POLYGON");
  }

  @Test
  void onlyChineseCoordinateSystemsAreChosen() {
    assertThat(SourceCrs.of("EPSG:4549").srid()).isEqualTo(4549);
    assertThat(catchThrowableOfType(InvalidQuery.class, () -> SourceCrs.of("3857")).key())
        .isEqualTo("transfer.source-crs");
  }

  private Path shapefile(String encoding) throws IOException {
    Files.createDirectories(folder.resolve("shp"));
    Path shp = folder.resolve("shp/committees.shp");
    gdal("-f", "ESRI Shapefile", "-lco", "ENCODING=" + encoding, shp.toString(), source.toString());
    return shp;
  }

  private String convert(Path dataset, Optional<SourceCrs> crs, Optional<String> encoding)
      throws IOException {
    return Files.readString(converted(dataset, crs, encoding));
  }

  private Path converted(Path dataset, Optional<SourceCrs> crs, Optional<String> encoding) {
    SourceConverter.SourceLayer layer = SourceConverter.layers(dataset, folder).get(0);
    return SourceConverter.toGeoJson(dataset, layer, crs, encoding, folder);
  }

  /** Why the layer is refused, converted and read as an import reads it. */
  private InvalidQuery refusal(Path dataset) {
    return catchThrowableOfType(
        InvalidQuery.class,
        () -> {
          String layer = SourceConverter.layers(dataset, folder).get(0).name();
          SourceFeatures.read(converted(dataset, Optional.empty(), Optional.empty()), layer);
        });
  }

  private void gdal(String... arguments) {
    GdalTools.ogr2ogr(folder, List.of(arguments));
  }

  private static double[] firstPoint(String json) {
    Matcher m = FIRST_POINT.matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }
}
