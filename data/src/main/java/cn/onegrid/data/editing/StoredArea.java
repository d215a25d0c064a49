package cn.onegrid.data.editing;

import org.locationtech.jts.geom.Geometry;

/**
 * An editable area as stored.
 *
 * @param target its collection
 * @param code the feature's code
 * @param committeeCode the committee it belongs to
 * @param version its version: the ETag a write must match
 * @param shape in degrees (EPSG:4326, longitude first); null for a post without an area
 */
public record StoredArea(
    Editable target, String code, String committeeCode, int version, Geometry shape) {}
