package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.analysis.MetricFrame;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.editing.Plans.ImportedChange;
import cn.onegrid.data.transfer.ImportFinding.Kind;
import cn.onegrid.data.transfer.SourceFeatures.Row;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings one layer of an uploaded dataset into OneGrid: {@link #prepare} converts it (GDAL, to
 * EPSG:4326, a web map's offset taken off), maps its fields, checks its codes (refused at the first
 * wrong one) and reports what it would do, writing nothing but the mapping it used; {@link #apply}
 * puts the prepared features into a new draft plan, published like any other.
 */
public final class Importer {

  private final JdbcClient jdbc;
  private final MetricFrame frame;
  private final Plans plans;
  private final MappingMemory memory;

  public Importer(JdbcClient jdbc, MetricFrame frame, Plans plans) {
    this.jdbc = jdbc;
    this.frame = frame;
    this.plans = plans;
    this.memory = new MappingMemory(jdbc);
  }

  /** A checked import: the report, and what applying it stages. */
  public record Prepared(
      ImportReport report, ImportOptions options, List<ImportedChange> features) {}

  /**
   * Reads, checks and reports on the dataset's layer, in {@code folder} (the upload's own).
   *
   * @throws InvalidQuery for input that cannot be imported as asked, naming what and where
   */
  public Prepared prepare(Path dataset, ImportOptions options, Path folder) {
    ImportTarget target = options.target();
    if (target == ImportTarget.COMMITTEES && options.committee().isPresent()) {
      throw InvalidQuery.of("committee", "transfer.committee-scope", target.id());
    }
    SourceConverter.SourceLayer sourceLayer;
    Path converted;
    try {
      List<SourceConverter.SourceLayer> layers = SourceConverter.layers(dataset, folder);
      List<String> names = layers.stream().map(SourceConverter.SourceLayer::name).toList();
      sourceLayer = layers.get(names.indexOf(layer(names, options)));
      // coordinates from a web map are longitude and latitude, whatever the file says
      Optional<SourceCrs> crs =
          options.crs().or(() -> options.datum().map(d -> new SourceCrs(4326)));
      converted = SourceConverter.toGeoJson(dataset, sourceLayer, crs, options.encoding(), folder);
    } catch (GdalTools.GdalFailed e) {
      throw InvalidQuery.of(
          "file", "transfer.unreadable", dataset.getFileName(), gdalSaid(e, folder));
    }
    String layer = sourceLayer.name();
    SourceFeatures source = SourceFeatures.read(converted, layer);
    FieldMapping mapping = mapping(options, source.fields(), layer);
    List<Row> rows =
        options.datum().isEmpty()
            ? source.rows()
            : source.rows().stream()
                .map(r -> new Row(r.number(), r.values(), options.datum().get().toWgs84(r.shape())))
                .toList();
    Published published = Published.read(jdbc, target);
    requireTown(target, published, options);
    List<ImportedFeature> features =
        new ImportRows(
                target,
                published,
                options.committee(),
                dutyTypes(),
                target == ImportTarget.MICRO_GRIDS ? Published.gridCodes(jdbc) : Set.of())
            .features(rows, mapping, layer);
    ImportChecks.requireNearTown(features, published);
    ImportChecks checks = new ImportChecks(frame, target, published);
    features = checks.repaired(features);
    checks.check(features, options.committee());
    int updated =
        (int) features.stream().filter(f -> published.feature(f.code()).isPresent()).count();
    List<ImportFinding> findings = checks.findings().stream().sorted(ImportChecks.order()).toList();
    ImportReport report =
        new ImportReport(
            target,
            layer,
            source.fields(),
            mapping,
            features.size() - updated,
            updated,
            (int) checks.count(Kind.REMOVED),
            findings);
    if (options.mapping().isPresent()) {
      memory.remember(target, source.fields(), mapping);
    }
    List<ImportedChange> changes =
        features.stream()
            .map(
                f ->
                    new ImportedChange(
                        f.code(),
                        f.name(),
                        f.dutyTypes(),
                        published.feature(f.code()).map(Published.Feature::version).orElse(0),
                        f.shape()))
            .toList();
    return new Prepared(report, options, changes);
  }

  /** A new draft plan of {@code who}'s holding the prepared import; its id. */
  public long apply(Prepared prepared, String who, String planName) {
    ImportOptions options = prepared.options();
    return plans.createImport(
        planName,
        who,
        options.target().id(),
        options.committee(),
        options.townName(),
        prepared.features());
  }

  /** GDAL's first complaint, without OneGrid's own paths and arguments. */
  private static String gdalSaid(GdalTools.GdalFailed e, Path folder) {
    String message = e.getMessage().replace(folder.toString() + "/", "");
    int arguments = message.lastIndexOf(" [");
    message = arguments < 0 ? message : message.substring(0, arguments);
    int colon = message.indexOf(": ");
    message = colon < 0 ? message : message.substring(colon + 2);
    return message.lines().findFirst().orElse("").strip();
  }

  /** The layer asked for; else the only one; else the one named after the target. */
  private static String layer(List<String> layers, ImportOptions options) {
    if (options.layer().isPresent()) {
      if (!layers.contains(options.layer().get())) {
        throw InvalidQuery.choosing(
            "layer", layers, "transfer.no-layer", options.layer().get(), String.join(", ", layers));
      }
      return options.layer().get();
    }
    if (layers.size() == 1) {
      return layers.get(0);
    }
    if (layers.contains(options.target().id())) {
      return options.target().id();
    }
    throw InvalidQuery.choosing(
        "layer", layers, "transfer.choose-layer", String.join(", ", layers));
  }

  private FieldMapping mapping(ImportOptions options, List<String> fields, String layer) {
    return options
        .mapping()
        .or(() -> memory.recall(options.target(), fields))
        .or(() -> FieldMapping.guess(fields))
        .orElseThrow(
            () ->
                InvalidQuery.choosing(
                    "mapping", fields, "transfer.mapping-needed", layer, String.join(", ", fields)))
        .requireIn(fields);
  }

  private static void requireTown(ImportTarget target, Published published, ImportOptions options) {
    if (published.town().isPresent()) {
      return;
    }
    if (target != ImportTarget.COMMITTEES) {
      throw InvalidQuery.of("target", "transfer.no-town", target.id());
    }
    if (options.townName().isEmpty()) {
      throw InvalidQuery.of("townName", "transfer.town-name-needed");
    }
  }

  private Set<String> dutyTypes() {
    return new HashSet<>(
        jdbc.sql("SELECT id FROM duty_type ORDER BY id").query(String.class).list());
  }
}
