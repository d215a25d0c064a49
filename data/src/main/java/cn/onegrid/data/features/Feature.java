package cn.onegrid.data.features;

/**
 * One feature.
 *
 * @param json its GeoJSON as PostGIS wrote it (UTF-8)
 * @param revision the data revision it was read at
 */
public record Feature(byte[] json, long revision) {}
