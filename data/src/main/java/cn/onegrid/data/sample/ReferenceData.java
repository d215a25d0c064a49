package cn.onegrid.data.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The bundled reference data of the sample town, read from the classpath: the 58 committees of
 * Jiangqiao ({@code sample/jiangqiao-committees.csv}) and its approximate outline ({@code
 * sample/jiading-jiangqiao-outline.geojson}). See {@code sample/PROVENANCE.md}.
 */
final class ReferenceData {

  static final String TOWN_CODE = "310114118";
  static final String COMMITTEES = "sample/jiangqiao-committees.csv";
  static final String OUTLINES = "sample/jiading-jiangqiao-outline.geojson";

  private ReferenceData() {}

  /** The committees in file order (sorted by code). */
  static List<CommitteeSpec> committees() {
    List<CommitteeSpec> committees = new ArrayList<>();
    String[] lines = read(COMMITTEES).split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] fields = lines[i].split(",", -1);
      SampleCommittee.Kind kind =
          SampleCommittee.Kind.valueOf(fields[2].trim().toUpperCase(Locale.ROOT));
      committees.add(new CommitteeSpec(fields[0].trim(), fields[1].trim(), kind));
    }
    return List.copyOf(committees);
  }

  /** The outline of the feature whose {@code properties.code} is {@code code}, in EPSG:4326. */
  static Geometry outline(String code, GeometryFactory factory) {
    JSONObject collection = (JSONObject) JSONValue.parse(read(OUTLINES));
    for (Object item : (JSONArray) collection.get("features")) {
      JSONObject feature = (JSONObject) item;
      Map<?, ?> properties = (Map<?, ?>) feature.get("properties");
      if (code.equals(properties.get("code"))) {
        return parse(((JSONObject) feature.get("geometry")).toJSONString(), factory);
      }
    }
    throw new IllegalStateException("no feature with code " + code + " in " + OUTLINES);
  }

  private static Geometry parse(String geoJson, GeometryFactory factory) {
    try {
      Geometry geometry = new GeoJsonReader(factory).read(geoJson);
      geometry.setSRID(factory.getSRID());
      return geometry;
    } catch (ParseException e) {
      throw new IllegalStateException("unreadable outline in " + OUTLINES, e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
