/**
 * OGC API - Tiles for every collection: Mapbox vector tiles in WebMercatorQuad, with TileJSON 3.0.
 */
package cn.onegrid.server.tiles;
