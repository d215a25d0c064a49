/**
 * The feature catalogue and its queries: which collections exist ({@link
 * cn.onegrid.data.features.Catalog}), what a query may ask ({@link
 * cn.onegrid.data.features.FeatureQuery}), and the SQL that answers it with PostGIS writing the
 * output itself ({@code ST_AsGeoJSON}, {@code ST_AsMVT}). SQL is generated once per collection from
 * the catalogue's fixed identifiers; request values are always bound as parameters.
 */
package cn.onegrid.data.features;
