package cn.onegrid.data.features;

/**
 * One page of features.
 *
 * @param featuresJson the GeoJSON features, comma-separated, as PostGIS wrote them (UTF-8, no
 *     brackets)
 * @param numberReturned how many there are
 * @param revision the data revision they were read at
 */
public record FeaturePage(byte[] featuresJson, int numberReturned, long revision) {}
