package cn.onegrid.data.sample;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * The town (or synthetic city) a sample dataset covers.
 *
 * @param code 9-digit division code
 * @param name Chinese name
 * @param nameEn English name
 * @param boundary EPSG:4326, exactly the union of the committees' boundaries
 * @param approximate true: the outline is not the official boundary
 */
public record SampleTown(
    String code, String name, String nameEn, MultiPolygon boundary, boolean approximate) {}
