package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.map.PhoneAccess;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a collection, or the whole town, as a file: PostGIS writes GeoJSON in EPSG:4326 ({@link
 * GeoJsonSource}), {@code ogr2ogr} converts it to the format and CRS asked for. Everything happens
 * in the caller's {@link WorkFolder}; the caller decides what may be read (it passes only readable
 * collections, and the phone numbers the reader may see whole).
 */
public final class Exporter {

  /** The town's layers and rosters: every readable collection, then these two tables. */
  public static final String MEMBERS_LAYER = "post_members";

  public static final String SLOTS_LAYER = "duty_slots";

  private static final String STORED = "EPSG:4326";

  private final GeoJsonSource source;
  private final List<Integer> srids;

  /**
   * @param metricCrs the town's Gauss-Krüger zone, as the analysis names it ({@code EPSG:4549})
   */
  public Exporter(JdbcClient jdbc, String metricCrs) {
    this.source = new GeoJsonSource(jdbc);
    this.srids = List.of(4490, 4326, Integer.parseInt(metricCrs.replaceFirst("(?i)^EPSG:", "")));
  }

  /** The EPSG codes files are written in: CGCS2000, WGS 84 and the town's Gauss-Krüger zone. */
  public List<Integer> srids() {
    return srids;
  }

  /**
   * The EPSG code {@code crs} names ({@code 4490} or {@code EPSG:4490}), if files are written in
   * it.
   */
  public int srid(String crs) {
    String code = crs.strip().toUpperCase(Locale.ROOT).replaceFirst("^EPSG:", "");
    return srids.stream()
        .filter(srid -> String.valueOf(srid).equals(code))
        .findFirst()
        .orElseThrow(() -> InvalidQuery.of("crs", "transfer.crs", crs, srids.toString()));
  }

  /**
   * The collection as one file in {@code folder}: its name is the collection's id with the format's
   * extension.
   *
   * @param srid one of {@link #srids()}
   * @param encoding a shapefile's character set (other formats are UTF-8)
   */
  public Path collection(
      Collection c, ExportFormat format, int srid, ShapefileEncoding encoding, Path folder) {
    if (format == ExportFormat.KML && srid != 4326) {
      throw InvalidQuery.of("crs", "transfer.kml-wgs84", srid);
    }
    Path features = folder.resolve("source.geojson");
    UnaryOperator<String> names =
        format == ExportFormat.SHP ? ShapefileFields::of : UnaryOperator.identity();
    source.collection(c, names, format == ExportFormat.CSV, features);
    Path out = folder.resolve(c.id() + "." + format.extension());
    switch (format) {
      case SHP -> {
        Path shapes = directory(folder.resolve("shapefile"));
        convert(
            folder,
            c,
            format,
            srid,
            features,
            shapes.resolve(c.id() + ".shp"),
            "-lco",
            "ENCODING=" + encoding.label());
        zip(shapes, out);
      }
      case CSV ->
          convert(
              folder,
              c,
              format,
              srid,
              features,
              out,
              "-lco",
              "GEOMETRY=" + (point(c) ? "AS_XY" : "AS_WKT"),
              "-lco",
              "WRITE_BOM=YES");
      case KML -> convert(folder, c, format, srid, features, out, "-dsco", "NameField=name");
      case XLSX -> {
        // GDAL's XLSX driver writes no geometry: the shape becomes columns, in the CRS asked for.
        Path projected = folder.resolve("projected.geojson");
        convert(folder, c, ExportFormat.GEOJSON, srid, features, projected);
        GdalTools.ogr2ogr(
            folder,
            List.of(
                "-f",
                format.driver(),
                "-nln",
                c.id(),
                "-dialect",
                "SQLite",
                "-sql",
                tableSql(c),
                out.toString(),
                projected.toString()));
      }
      default -> convert(folder, c, format, srid, features, out);
    }
    return out;
  }

  /**
   * The whole town as one GeoPackage in {@code folder}: a layer per collection given, then the
   * posts' rosters ({@link #MEMBERS_LAYER}, {@link #SLOTS_LAYER}) as tables without geometry. Each
   * layer's identifier is its title in the reader's language.
   */
  public Path town(
      List<Collection> collections,
      Function<Collection, String> titles,
      PhoneAccess phones,
      int srid,
      Path folder) {
    Path out = folder.resolve("town.gpkg");
    boolean first = true;
    for (Collection c : collections) {
      Path features = folder.resolve(c.id() + ".geojson");
      source.collection(c, UnaryOperator.identity(), false, features);
      List<String> options = new ArrayList<>(List.of("-lco", "IDENTIFIER=" + titles.apply(c)));
      if (!first) {
        options.add("-update");
      }
      convert(folder, c, ExportFormat.GPKG, srid, features, out, options.toArray(String[]::new));
      first = false;
    }
    Path members = folder.resolve(MEMBERS_LAYER + ".geojson");
    source.members(phones, members);
    table(folder, members, MEMBERS_LAYER, out, first);
    Path slots = folder.resolve(SLOTS_LAYER + ".geojson");
    source.slots(slots);
    table(folder, slots, SLOTS_LAYER, out, false);
    return out;
  }

  /** {@code ogr2ogr} from the stored CRS to {@code srid}, the layer named after the collection. */
  private static void convert(
      Path folder,
      Collection c,
      ExportFormat format,
      int srid,
      Path in,
      Path out,
      String... options) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-f", format.driver(), "-s_srs", STORED, "-t_srs", "EPSG:" + srid, "-nln", c.id()));
    if (!c.geometryType().equals("Geometry")) {
      arguments.addAll(List.of("-nlt", c.geometryType().toUpperCase(Locale.ROOT)));
    }
    arguments.addAll(List.of(options));
    arguments.add(out.toString());
    arguments.add(in.toString());
    GdalTools.ogr2ogr(folder, arguments);
  }

  /** A roster as a table without geometry in the GeoPackage. */
  private static void table(Path folder, Path in, String layer, Path out, boolean create) {
    List<String> arguments =
        new ArrayList<>(List.of("-f", ExportFormat.GPKG.driver(), "-nln", layer, "-nlt", "NONE"));
    if (!create) {
      arguments.add("-update");
    }
    arguments.add(out.toString());
    arguments.add(in.toString());
    GdalTools.ogr2ogr(folder, arguments);
  }

  /** The attribute table with the shape as columns: {@code x}, {@code y} or {@code wkt}. */
  private static String tableSql(Collection c) {
    String shape =
        point(c) ? "ST_X(geometry) AS x, ST_Y(geometry) AS y" : "ST_AsText(geometry) AS wkt";
    return "SELECT " + shape + ", * FROM \"" + c.id() + "\"";
  }

  private static boolean point(Collection c) {
    return c.geometryType().equals("Point");
  }

  private static Path directory(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shapefile's parts (.shp, .shx, .dbf, .prj, .cpg) side by side in one zip. */
  private static void zip(Path folder, Path zip) {
    try (Stream<Path> files = Files.list(folder);
        OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      for (Path file : files.sorted().toList()) {
        entries.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, entries);
        entries.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
