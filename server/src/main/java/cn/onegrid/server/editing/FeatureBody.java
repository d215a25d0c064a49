package cn.onegrid.server.editing;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoJSON Feature of a write: JSON or GeoJSON, a Feature whose geometry (null to remove an
 * area) is in CRS84, longitude first. Its properties are read-only. The body's size is the request
 * size limit's ({@code RequestSizeLimit}), counted as it arrives; it is read once, into Jackson.
 */
final class FeatureBody {

  private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private FeatureBody() {}

  /** The geometry of the body's Feature; null when the Feature's geometry is null. */
  static Geometry geometry(HttpServletRequest request, JsonMapper json) {
    JsonNode feature = read(request, json);
    if (feature == null
        || !feature.isObject()
        || !"Feature".equals(feature.path("type").asString(""))) {
      throw bad("editing.body-not-a-feature");
    }
    JsonNode properties = feature.path("properties");
    if (properties.isObject() && !properties.isEmpty()) {
      List<String> names = new ArrayList<>();
      properties.propertyNames().forEach(names::add);
      throw new RequestRefused(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "editing.properties-read-only",
          String.join(", ", names));
    }
    JsonNode geometry = feature.get("geometry");
    if (geometry == null) {
      throw bad("editing.body-without-geometry");
    }
    if (geometry.isNull()) {
      return null;
    }
    try {
      Geometry parsed = new GeoJsonReader(DEGREES).read(geometry.toString());
      parsed.setSRID(4326);
      return parsed;
    } catch (ParseException | RuntimeException e) {
      throw bad("editing.body-bad-geometry", e.getMessage());
    }
  }

  private static JsonNode read(HttpServletRequest request, JsonMapper json) {
    String type = request.getContentType();
    MediaType media;
    try {
      media = type == null ? null : MediaType.parseMediaType(type);
    } catch (RuntimeException e) {
      media = null;
    }
    if (media == null
        || !(media.isCompatibleWith(MediaType.APPLICATION_JSON)
            || media.isCompatibleWith(GEOJSON))) {
      throw new RequestRefused(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editing.body-media-type", String.valueOf(type));
    }
    try (InputStream in = request.getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw bad("editing.body-unreadable", e.getMessage());
    } catch (JacksonException e) {
      throw bad("editing.body-not-json", e.getOriginalMessage());
    }
  }

  private static InvalidQuery bad(String key, Object... args) {
    return InvalidQuery.of("body", key, args);
  }
}
