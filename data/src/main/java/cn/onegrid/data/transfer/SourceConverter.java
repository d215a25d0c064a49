package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts one layer of an uploaded dataset ({@link UploadedFile#receive}) to GeoJSON in EPSG:4326
 * with {@code ogr2ogr}, in the same work folder: the file's own CRS when it names one, otherwise
 * the one the user chose ({@link SourceCrs}), otherwise a refusal; a shapefile's attributes in the
 * character set its {@code .cpg} names, otherwise the one chosen (GBK unless said). A spreadsheet's
 * points come from longitude and latitude columns, or its shapes from a WKT column.
 */
public final class SourceConverter {

  /** For Chinese shapefiles without a {@code .cpg}, what desktop GIS in China wrote for years. */
  public static final String DEFAULT_ENCODING = "GBK";

  private static final List<String> ENCODINGS = List.of("GBK", "UTF-8", "GB18030", "BIG5");

  private static final String CONVERTED = "features";

  private static final Pattern LAYER = Pattern.compile("(?m)^Layer name: (.+)$");

  private static final String NO_CRS = "Layer SRS WKT:\n(unknown)";

  private SourceConverter() {}

  /**
   * A layer of an uploaded dataset: its name, and whether GDAL finds its coordinate system in the
   * file (a {@code .prj}, GeoPackage metadata, GeoJSON, KML).
   */
  public record SourceLayer(String name, boolean hasCrs) {}

  /** The dataset's layers, in its order: one {@code ogrinfo} for their names and CRSs. */
  public static List<SourceLayer> layers(Path dataset, Path folder) {
    String info = GdalTools.ogrinfo(folder, List.of("-ro", "-so", "-al", open(dataset)));
    List<SourceLayer> layers = new ArrayList<>();
    Matcher matcher = LAYER.matcher(info);
    int at = matcher.find() ? matcher.start() : -1;
    while (at >= 0) {
      String name = matcher.group(1);
      int next = matcher.find() ? matcher.start() : -1;
      String summary = info.substring(at, next < 0 ? info.length() : next);
      layers.add(new SourceLayer(name, !summary.contains(NO_CRS)));
      at = next;
    }
    return layers;
  }

  /**
   * The layer as GeoJSON (RFC 7946: EPSG:4326, longitude first) in {@code folder}; {@link
   * SourceFeatures#read} reads it and refuses a layer without features or of mixed shapes.
   *
   * @param crs what the user says the coordinates are in, for a file that does not say
   * @param encoding a shapefile's character set when it has no {@code .cpg} (GBK when empty)
   */
  public static Path toGeoJson(
      Path dataset,
      SourceLayer layer,
      Optional<SourceCrs> crs,
      Optional<String> encoding,
      Path folder) {
    Path readable = spreadsheetAsCsv(dataset, layer.name(), folder);
    String sourceLayer = readable.equals(dataset) ? layer.name() : "table";
    List<String> arguments = new ArrayList<>(List.of("-f", "GeoJSON", "-t_srs", "EPSG:4326"));
    arguments.addAll(List.of("-lco", "RFC7946=YES", "-lco", "COORDINATE_PRECISION=9"));
    openOptions(readable, encoding).forEach(o -> arguments.addAll(List.of("-oo", o)));
    // a spreadsheet's table is a CSV made here, which names no CRS
    if (!(readable.equals(dataset) && layer.hasCrs())) {
      SourceCrs chosen =
          crs.orElseThrow(() -> InvalidQuery.of("crs", "transfer.crs-missing", layer.name()));
      arguments.addAll(List.of("-s_srs", chosen.epsg()));
    }
    Path out = folder.resolve("converted-" + System.nanoTime() + ".geojson");
    arguments.addAll(List.of("-nln", CONVERTED));
    arguments.add(out.toString());
    arguments.add(open(readable));
    arguments.add(sourceLayer);
    GdalTools.ogr2ogr(folder, arguments);
    return out;
  }

  /** GDAL's XLSX driver makes no geometry: the sheet goes through CSV, which can. */
  private static Path spreadsheetAsCsv(Path dataset, String layer, Path folder) {
    if (!extension(dataset).equals("xlsx")) {
      return dataset;
    }
    SpreadsheetCheck.requirePlainTable(dataset);
    Path csv = folder.resolve("table.csv");
    GdalTools.ogr2ogr(
        folder, List.of("-f", "CSV", "-nln", "table", csv.toString(), dataset.toString(), layer));
    return csv;
  }

  private static List<String> openOptions(Path dataset, Optional<String> encoding) {
    if (isCsv(dataset)) {
      return List.of(
          "X_POSSIBLE_NAMES=lon,lng,longitude,x,经度",
          "Y_POSSIBLE_NAMES=lat,latitude,y,纬度",
          "GEOM_POSSIBLE_NAMES=wkt,geometry,geom,几何",
          "KEEP_GEOM_COLUMNS=NO");
    }
    if (extension(dataset).equals("shp") && !hasCpg(dataset)) {
      return List.of("ENCODING=" + encoding(encoding.orElse(DEFAULT_ENCODING)));
    }
    return List.of();
  }

  private static String encoding(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (!ENCODINGS.contains(upper)) {
      throw InvalidQuery.of("encoding", "transfer.encoding", text, String.join(", ", ENCODINGS));
    }
    return upper;
  }

  private static boolean hasCpg(Path shp) {
    String name = shp.getFileName().toString();
    String stem = name.substring(0, name.length() - 4);
    return Files.exists(shp.resolveSibling(stem + ".cpg"))
        || Files.exists(shp.resolveSibling(stem + ".CPG"));
  }

  /** GDAL reads a CSV by this prefix whatever its name. */
  private static String open(Path dataset) {
    return isCsv(dataset) ? "CSV:" + dataset : dataset.toString();
  }

  private static boolean isCsv(Path dataset) {
    return extension(dataset).equals("csv");
  }

  private static String extension(Path file) {
    return UploadedFile.extension(file.getFileName().toString());
  }
}
