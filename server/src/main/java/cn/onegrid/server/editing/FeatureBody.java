package cn.onegrid.server.editing;

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
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoJSON Feature of a write, read with limits: at most 1 MB, JSON or GeoJSON, a Feature whose
 * geometry (null to remove an area) is in CRS84, longitude first. Its properties are read-only.
 */
final class FeatureBody {

  static final int MAX_BYTES = 1024 * 1024;

  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private FeatureBody() {}

  /** The geometry of the body's Feature; null when the Feature's geometry is null. */
  static Geometry geometry(HttpServletRequest request, JsonMapper json) {
    JsonNode feature = read(request, json);
    if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
      throw bad("The body must be a GeoJSON Feature: {\"type\": \"Feature\", \"geometry\": …}");
    }
    JsonNode properties = feature.path("properties");
    if (properties.isObject() && !properties.isEmpty()) {
      List<String> names = new ArrayList<>();
      properties.propertyNames().forEach(names::add);
      throw new ResponseStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Only the geometry can be changed here; properties are read-only, remove " + names);
    }
    JsonNode geometry = feature.get("geometry");
    if (geometry == null) {
      throw bad("The Feature has no \"geometry\" member (null removes a post's area)");
    }
    if (geometry.isNull()) {
      return null;
    }
    try {
      Geometry parsed = new GeoJsonReader(DEGREES).read(geometry.toString());
      parsed.setSRID(4326);
      return parsed;
    } catch (ParseException | RuntimeException e) {
      throw bad("The geometry is not valid GeoJSON: " + e.getMessage());
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
            || media.isCompatibleWith(MediaType.parseMediaType("application/geo+json")))) {
      throw new ResponseStatusException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Send the Feature as application/geo+json or application/json, not " + type);
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      throw tooLarge(request.getContentLengthLong());
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw bad("The body could not be read: " + e.getMessage());
    }
    if (body.length > MAX_BYTES) {
      throw tooLarge(-1);
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw bad("The body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static ResponseStatusException tooLarge(long length) {
    return new ResponseStatusException(
        HttpStatus.CONTENT_TOO_LARGE,
        "A Feature may be at most 1 MB" + (length > 0 ? "; this one is " + length + " bytes" : ""));
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
