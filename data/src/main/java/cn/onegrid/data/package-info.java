/**
 * OneGrid's data: the PostGIS schema (Flyway, {@code db/migration}), the embedded cluster, the
 * feature catalogue and its SQL, the sample datasets. {@link cn.onegrid.data.OneGridData} builds
 * every class that talks to the database, from one data source and one {@link
 * cn.onegrid.data.DataSettings}. The typed exceptions here ({@link cn.onegrid.data.InvalidQuery},
 * {@link cn.onegrid.data.NotFound}) are mapped to HTTP by the server in one place.
 */
package cn.onegrid.data;
