package cn.onegrid.bench.analysis;

import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.map.PhoneAccess;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleDataset;
import cn.onegrid.data.sample.SampleTownGenerator;
import cn.onegrid.data.transfer.ExportFormat;
import cn.onegrid.data.transfer.FieldMapping;
import cn.onegrid.data.transfer.GdalTools;
import cn.onegrid.data.transfer.ImportOptions;
import cn.onegrid.data.transfer.ImportTarget;
import cn.onegrid.data.transfer.Importer;
import cn.onegrid.data.transfer.ShapefileEncoding;
import cn.onegrid.data.transfer.UploadedFile;
import cn.onegrid.data.transfer.WorkFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bringing a town in (issue 13; targets: the sample town's committees from a zipped shapefile in
 * under 5 s, a city-scale GeoPackage in under 60 s), each into a OneGrid emptied of its town before
 * every run: the file received as an upload is ({@link UploadedFile}), read and reported on ({@link
 * Importer#prepare}), made a draft plan ({@link Importer#apply}) and published ({@link
 * Plans#publish}, with its history), as an administrator. HTTP is left out: the multipart body
 * costs a copy. The files are the dataset's own export ({@code Exporter}), made at setup.
 *
 * <ul>
 *   <li>{@code committeesFromShapefile}: the committees layer as a zipped GBK shapefile in
 *       EPSG:4490 (the town made from them).
 *   <li>{@code townFromGeoPackage}: the whole town's GeoPackage, its four layers one after the
 *       other (committees, comprehensive grids, micro-grids, posts), each a plan published.
 *   <li>{@code cityAsTowns}: the city as the towns its codes number, one after the other, each
 *       town's GeoPackage (its four layers, as above) into a OneGrid emptied before it (as {@link
 *       #empty} does, not timed): each town's time from upload to published and their sum are
 *       printed, per town and per layer.
 * </ul>
 *
 * <p>{@code committees} 0 is the sample town; otherwise the generated city of that many. OneGrid
 * holds one town and a town's codes number at most {@value CityGenerator#TOWN_SIZE} committees
 * ({@link CityGenerator#committeeCode}), so a larger city is several towns: its export is split
 * into one GeoPackage a town at setup (GDAL, by the codes' first nine digits), {@code
 * townFromGeoPackage} takes a city of one town only, and {@code cityAsTowns} brings in each.
 *
 * <p>{@code java -jar bench/analysis/target/benchmarks.jar ImportBenchmark.committeesFromShapefile
 * -p committees=0}, {@code ImportBenchmark.townFromGeoPackage -p committees=500,999} and {@code
 * ImportBenchmark.cityAsTowns -p committees=6000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 0)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ImportBenchmark {

  private static final String WHO = "bench-admin";
  private static final int CGCS2000 = 4490;
  private static final long NO_LIMIT = Long.MAX_VALUE / 2;

  @Param({"0"})
  public int committees;

  private BenchDatabase db;
  private WorkFolder files;
  private Path shapefile;
  private List<Town> towns;
  private String townName;

  /** A town's nine-digit code and its GeoPackage. */
  private record Town(String code, Path file) {}

  @Setup(Level.Trial)
  public void exportTheDataset() {
    SampleDataset dataset =
        committees == 0
            ? SampleTownGenerator.generate()
            : CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees);
    db = BenchDatabase.with(dataset);
    townName = db.jdbc().sql("SELECT name FROM town").query(String.class).single();
    files = WorkFolder.create();
    try {
      Path shp = Files.createDirectories(files.path().resolve("shp"));
      shapefile =
          db.data()
              .exporter()
              .collection(
                  Catalog.get("committees"),
                  ExportFormat.SHP,
                  CGCS2000,
                  ShapefileEncoding.GBK,
                  shp);
      Path gpkg = Files.createDirectories(files.path().resolve("gpkg"));
      List<Collection> layers =
          ImportTargetOrder.LAYERS.stream().map(t -> Catalog.get(t.id())).toList();
      Path city =
          db.data().exporter().town(layers, Collection::id, PhoneAccess.TOWN, CGCS2000, gpkg);
      List<String> codes =
          db.jdbc()
              .sql("SELECT DISTINCT left(code, 9) FROM committee ORDER BY 1")
              .query(String.class)
              .list();
      towns = codes.size() == 1 ? List.of(new Town(codes.get(0), city)) : split(city, codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.printf(
        "%nFiles: %s %d kB; %d town(s): %s%n",
        shapefile.getFileName(),
        size(shapefile) / 1024,
        towns.size(),
        String.join(
            ", ",
            towns.stream().map(t -> t.code() + " " + size(t.file()) / 1024 + " kB").toList()));
  }

  /** One GeoPackage a town, its four layers' features whose codes begin with the town's. */
  private List<Town> split(Path city, List<String> codes) {
    List<Town> split = new ArrayList<>();
    for (String code : codes) {
      Path town = files.path().resolve("town-" + code + ".gpkg");
      List<String> arguments =
          new ArrayList<>(List.of("-f", "GPKG", "-where", "code LIKE '" + code + "%'"));
      arguments.addAll(List.of(town.toString(), city.toString()));
      ImportTargetOrder.LAYERS.forEach(t -> arguments.add(t.id()));
      GdalTools.ogr2ogr(files.path(), arguments);
      split.add(new Town(code, town));
    }
    return split;
  }

  /** No town, no accounts (the cascade from people takes members' accounts): an empty OneGrid. */
  @Setup(Level.Invocation)
  public void empty() {
    db.jdbc()
        .sql(
            "TRUNCATE town, committee, person, grid, duty_post, duty_post_member, duty_slot,"
                + " duty_slot_member, liaison, partner_unit, volunteer_team, analysis_stale,"
                + " analysis_town_stale, analysis_committee, analysis_feature, account,"
                + " area_change, post_change, plan CASCADE")
        .update();
    db.data().accounts().create(new NewAccount(WHO, "管理员", "-", Role.ADMIN, List.of(), false));
  }

  @TearDown(Level.Trial)
  public void stop() {
    files.close();
    db.close();
  }

  @Benchmark
  public int committeesFromShapefile() {
    return publish(shapefile, ImportTarget.COMMITTEES, Optional.empty(), Optional.of(townName));
  }

  @Benchmark
  public int townFromGeoPackage() {
    if (towns.size() > 1) {
      throw new IllegalArgumentException(
          "one import is one town, at most 999 committees (its codes' last three digits): "
              + committees
              + " are "
              + towns.size()
              + " towns; cityAsTowns brings them in one after the other");
    }
    return town(towns.get(0).file(), townName);
  }

  /**
   * Each town into a OneGrid emptied before it (the emptying not timed); prints each town's time,
   * upload to published, and the sum.
   */
  @Benchmark
  public int cityAsTowns() {
    int published = 0;
    long total = 0;
    for (int i = 0; i < towns.size(); i++) {
      Town town = towns.get(i);
      if (i > 0) {
        empty();
      }
      System.err.printf("%ntown %s: ", town.code());
      long start = System.nanoTime();
      published += town(town.file(), townName + " " + town.code());
      long took = System.nanoTime() - start;
      total += took;
      System.err.printf("town %s upload to published %d ms", town.code(), took / 1_000_000);
    }
    System.err.printf(
        "%ncity of %d towns, %d features published: upload to published %d ms (sum over the"
            + " towns, emptying excluded)%n",
        towns.size(), published, total / 1_000_000);
    return published;
  }

  /** A town's four layers one after the other, each a plan published. */
  private int town(Path geoPackage, String name) {
    int published = 0;
    for (ImportTarget target : ImportTargetOrder.LAYERS) {
      Optional<FieldMapping> mapping =
          target == ImportTarget.DUTY_POSTS
              ? Optional.of(
                  new FieldMapping("code", "name", Optional.empty(), Optional.of("duty_types")))
              : Optional.empty();
      Optional<String> town =
          target == ImportTarget.COMMITTEES ? Optional.of(name) : Optional.empty();
      published += publish(geoPackage, target, mapping, town);
    }
    return published;
  }

  /** Upload, report, draft and publish of one layer; the features published. */
  private int publish(
      Path file, ImportTarget target, Optional<FieldMapping> mapping, Optional<String> town) {
    Importer importer = db.data().importer();
    try (WorkFolder upload = WorkFolder.create();
        InputStream in = Files.newInputStream(file)) {
      Path received =
          UploadedFile.receive(
              file.getFileName().toString(), in, upload.path(), NO_LIMIT, NO_LIMIT);
      ImportOptions options =
          new ImportOptions(
              target,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              mapping,
              Optional.empty(),
              town);
      long start = System.nanoTime();
      Importer.Prepared prepared = importer.prepare(received, options, upload.path());
      long prepare = System.nanoTime();
      long plan = importer.apply(prepared, WHO, "导入 " + target.id());
      long apply = System.nanoTime();
      int published = db.data().plans().publish(plan, WHO, "基准").size();
      long publish = System.nanoTime();
      // where the time goes, stage by stage: prepare (GDAL, mapping, checks), apply, publish
      System.err.printf(
          "%s: %d published (prepare %d ms, apply %d ms, publish %d ms); ",
          target.id(),
          published,
          (prepare - start) / 1_000_000,
          (apply - prepare) / 1_000_000,
          (publish - apply) / 1_000_000);
      return published;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layers of a town in the order each needs the one before published. */
  private static final class ImportTargetOrder {
    static final List<ImportTarget> LAYERS =
        List.of(
            ImportTarget.COMMITTEES,
            ImportTarget.COMPREHENSIVE_GRIDS,
            ImportTarget.MICRO_GRIDS,
            ImportTarget.DUTY_POSTS);
  }
}
