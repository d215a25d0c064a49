package cn.onegrid.data.features;

/**
 * One page of features.
 *
 * @param featuresJson the GeoJSON features, comma-separated, as PostGIS wrote them (no brackets)
 * @param numberReturned how many there are
 */
public record FeaturePage(String featuresJson, int numberReturned) {}
