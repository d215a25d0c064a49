/**
 * OGC API - Tiles for every collection: Mapbox vector tiles in WebMercatorQuad, described by the
 * Tiles standard's tileset (with the tile matrix set's definition) and, beside it, by TileJSON 3.0.
 */
package cn.onegrid.server.tiles;
