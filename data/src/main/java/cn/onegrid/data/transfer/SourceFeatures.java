package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The features of a layer as {@link SourceConverter} wrote them (GeoJSON, EPSG:4326): each one's
 * shape and its attributes as text, and the fields of the layer in their order. The file is read
 * once, as a stream, by Jackson; each feature's geometry goes as compact JSON to JTS's GeoJSON
 * reader (no tree of the whole collection is built, nothing is written out and parsed again).
 *
 * @param fields the attribute names, in the order the features have them
 */
public record SourceFeatures(List<String> fields, List<Row> rows) {

  private static final JsonFactory JSON = new JsonFactory();

  /** One feature: its attributes (numbers as written, without exponent) and its shape. */
  public record Row(int number, Map<String, String> values, Geometry shape) {
    public String value(String field) {
      String value = values.get(field);
      return value == null ? "" : value.strip();
    }
  }

  /**
   * Reads the converted file of {@code layer}.
   *
   * @throws InvalidQuery when the layer has no features, shapes of more than one kind (points and
   *     areas, say: a layer is one kind of thing; a polygon and a multipolygon are the same kind),
   *     or coordinates that are not numbers
   */
  public static SourceFeatures read(Path geojson, String layer) {
    GeoJsonReader shapes = new GeoJsonReader();
    LinkedHashSet<String> fields = new LinkedHashSet<>();
    List<Row> rows = new ArrayList<>();
    try (JsonParser in = JSON.createParser(ObjectReadContext.empty(), geojson)) {
      if (!toProperty(in, "features", 1)) {
        throw new IllegalStateException("GDAL wrote GeoJSON without features: " + geojson);
      }
      in.nextToken(); // [
      while (in.nextToken() == JsonToken.START_OBJECT) {
        Row row = feature(in, shapes, rows.size() + 1);
        fields.addAll(row.values().keySet());
        if (row.shape() != null) {
          rows.add(row);
        } // a row without a shape: the shape checks speak for it
      }
    } catch (JacksonException e) {
      throw new IllegalStateException("GDAL wrote GeoJSON that does not parse: " + e, e);
    }
    requireOneKindOfShape(rows, layer);
    return new SourceFeatures(List.copyOf(fields), List.copyOf(rows));
  }

  /** One feature, the parser on its opening brace; its shape null when it has none. */
  private static Row feature(JsonParser in, GeoJsonReader shapes, int number) {
    Map<String, String> values = new LinkedHashMap<>();
    Geometry shape = null;
    while (in.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = in.currentName();
      JsonToken value = in.nextToken();
      if (name.equals("properties") && value == JsonToken.START_OBJECT) {
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
          String field = in.currentName();
          in.nextToken();
          values.put(field, text(in));
        }
      } else if (name.equals("geometry") && value == JsonToken.START_OBJECT) {
        try {
          shape = shapes.read(compact(in));
          shape.setSRID(4326);
        } catch (ParseException e) {
          // GDAL writes what PROJ gave it: no numbers when the CRS was wrong (metres as degrees)
          throw InvalidQuery.of("crs", "transfer.coordinates", number);
        }
      } else {
        in.skipChildren();
      }
    }
    return new Row(number, values, shape);
  }

  /**
   * Refuses a layer without features, or with shapes of more than one kind, named as GDAL names
   * them ({@code POINT}, {@code POLYGON}, …) without {@code MULTI}.
   */
  private static void requireOneKindOfShape(List<Row> rows, String layer) {
    Set<String> kinds = new TreeSet<>();
    for (Row row : rows) {
      kinds.add(row.shape().getGeometryType().toUpperCase(Locale.ROOT).replaceFirst("^MULTI", ""));
    }
    if (kinds.isEmpty()) {
      throw InvalidQuery.of("file", "transfer.no-features", layer);
    }
    if (kinds.size() > 1) {
      throw InvalidQuery.of("file", "transfer.mixed-geometry", layer, String.join(", ", kinds));
    }
  }

  /** Moves to the named property at the given depth of objects; whether it was found. */
  private static boolean toProperty(JsonParser in, String name, int depth) {
    int level = 0;
    for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        level++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        level--;
      } else if (t == JsonToken.PROPERTY_NAME && level == depth && in.currentName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The value the parser is on, as compact JSON. */
  private static String compact(JsonParser in) {
    StringWriter out = new StringWriter();
    try (JsonGenerator copy = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      copy.copyCurrentStructure(in);
    }
    return out.toString();
  }

  /**
   * An attribute as text; a code stored as a number in a shapefile must not come back as 3.1e11.
   */
  private static String text(JsonParser in) {
    return switch (in.currentToken()) {
      case VALUE_NULL -> "";
      case VALUE_NUMBER_FLOAT -> {
        double d = in.getDoubleValue();
        yield Double.isInfinite(d) || Double.isNaN(d)
            ? in.getString()
            : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      }
      case START_OBJECT, START_ARRAY -> compact(in);
      default -> in.getString();
    };
  }
}
