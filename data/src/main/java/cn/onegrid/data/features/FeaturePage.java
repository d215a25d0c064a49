package cn.onegrid.data.features;

import java.time.Instant;

/**
 * One page of features.
 *
 * @param featuresJson the GeoJSON features, comma-separated, as PostGIS wrote them (UTF-8, no
 *     brackets)
 * @param numberReturned how many there are
 * @param more whether the next page has features
 * @param revision the data revision they were read at
 * @param changedAt when that revision began: the features are as they have been since then
 */
public record FeaturePage(
    byte[] featuresJson, int numberReturned, boolean more, long revision, Instant changedAt) {}
