package cn.onegrid.server.transfer;

import cn.onegrid.data.transfer.FieldMapping;
import cn.onegrid.data.transfer.ImportFinding;
import cn.onegrid.data.transfer.ImportReport;
import cn.onegrid.data.transfer.Importer.Prepared;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import's report as JSON: the layer, its fields and the mapping used (to map again), the
 * counts, and the findings as a GeoJSON FeatureCollection ({@code report}) the page shows as a map
 * layer, each finding said in the reader's language ({@code transfer.finding.<kind>}).
 */
@Component
class ImportDocument {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Messages words;

  ImportDocument(Messages words) {
    this.words = words;
  }

  ObjectNode of(Prepared prepared, HttpServletRequest request) {
    return of(prepared, words.locale(request));
  }

  ObjectNode of(Prepared prepared, Locale locale) {
    ImportReport report = prepared.report();
    ObjectNode document = JSON.createObjectNode();
    document.put("target", report.target().id());
    document.put("layer", report.layer());
    ArrayNode fields = document.putArray("fields");
    report.fields().forEach(fields::add);
    document.set("mapping", mapping(report.mapping()));
    document.put("created", report.created());
    document.put("updated", report.updated());
    document.put("removed", report.removed());
    ObjectNode collection = document.putObject("report");
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    GeoJsonWriter geometry = new GeoJsonWriter(9);
    geometry.setEncodeCRS(false);
    for (ImportFinding finding : report.findings()) {
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.set("geometry", JSON.readTree(geometry.write(finding.where())));
      ObjectNode properties = feature.putObject("properties");
      properties.put("kind", kind(finding));
      ArrayNode codes = properties.putArray("codes");
      finding.codes().forEach(codes::add);
      properties.put("message", message(locale, finding));
    }
    return document;
  }

  /** The finding in words; numbers as written, without grouping. */
  String message(Locale locale, ImportFinding finding) {
    Object[] args = new Object[finding.args().size() + 1];
    args[0] = String.join(", ", finding.codes());
    for (int i = 0; i < finding.args().size(); i++) {
      args[i + 1] = finding.args().get(i).toString();
    }
    return words.text(locale, "transfer.finding." + kind(finding), args);
  }

  static String kind(ImportFinding finding) {
    return finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ObjectNode mapping(FieldMapping mapping) {
    ObjectNode node = JSON.createObjectNode();
    node.put("code", mapping.code());
    node.put("name", mapping.name());
    mapping.parentCode().ifPresent(p -> node.put("parent", p));
    mapping.dutyTypes().ifPresent(d -> node.put("duties", d));
    return node;
  }
}
