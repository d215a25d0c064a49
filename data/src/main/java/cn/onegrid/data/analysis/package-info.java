/**
 * Runs geo's analyses on the stored town and keeps their results current: loads each stale
 * committee (triggers queue the committees an edit touches), projects it to metres (the {@link
 * MetricFrame}, EPSG:4549 unless set), calls {@code cn.onegrid.geo}, and stores indicators and
 * shapes back in EPSG:4326 for the map to serve.
 */
package cn.onegrid.data.analysis;
