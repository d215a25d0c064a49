/**
 * Coordinates from Chinese web maps. Their tiles and APIs use GCJ-02 (a published, deliberately
 * non-linear offset of WGS 84 that moves points by 100–700 m inside China) and Baidu's BD-09 (a
 * further offset of GCJ-02). No file says it is in either, so a user chooses one, and {@link
 * cn.onegrid.geo.webmap.WebMapDatum} takes it back to WGS 84.
 */
package cn.onegrid.geo.webmap;
