package cn.onegrid.data.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The features of a layer as {@link SourceConverter} wrote them (GeoJSON, EPSG:4326): each one's
 * shape and its attributes as text, and the fields of the layer in their order. JSON is parsed by
 * json-simple and shapes by JTS's GeoJSON reader.
 *
 * @param fields the attribute names, in the order the first feature has them
 */
public record SourceFeatures(List<String> fields, List<Row> rows) {

  /** One feature: its attributes (numbers as written, without exponent) and its shape. */
  public record Row(int number, Map<String, String> values, Geometry shape) {
    public String value(String field) {
      String value = values.get(field);
      return value == null ? "" : value.strip();
    }
  }

  /** Reads the converted file. */
  public static SourceFeatures read(Path geojson) {
    JSONObject collection;
    try (Reader in = Files.newBufferedReader(geojson, StandardCharsets.UTF_8)) {
      collection = (JSONObject) new JSONParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("GDAL wrote GeoJSON that does not parse: " + e, e);
    }
    GeoJsonReader shapes = new GeoJsonReader();
    LinkedHashSet<String> fields = new LinkedHashSet<>();
    List<Row> rows = new ArrayList<>();
    for (Object item : (JSONArray) collection.get("features")) {
      JSONObject feature = (JSONObject) item;
      Map<String, String> values = new LinkedHashMap<>();
      Object properties = feature.get("properties");
      if (properties instanceof Map<?, ?> map) {
        map.forEach((k, v) -> values.put(k.toString(), text(v)));
      }
      fields.addAll(values.keySet());
      Object geometry = feature.get("geometry");
      if (geometry == null) {
        continue; // a row without a shape: GDAL's "no features" and shape checks speak for it
      }
      try {
        Geometry shape = shapes.read(((JSONObject) geometry).toJSONString());
        shape.setSRID(4326);
        rows.add(new Row(rows.size() + 1, values, shape));
      } catch (org.locationtech.jts.io.ParseException e) {
        // GDAL writes what PROJ gave it: no numbers when the CRS was wrong (metres as degrees)
        throw cn.onegrid.data.InvalidQuery.of("crs", "transfer.coordinates", rows.size() + 1);
      }
    }
    return new SourceFeatures(List.copyOf(fields), List.copyOf(rows));
  }

  /** A code stored as a number in a shapefile must not come back as {@code 3.1e11}. */
  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && !d.isInfinite() && !d.isNaN()) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
