/**
 * Base maps under OneGrid's own layers: none (the offline default), OpenStreetMap, Tianditu. Tiles
 * are fetched by the server, so the Tianditu key never reaches a browser and the page needs no
 * other host.
 */
package cn.onegrid.server.basemaps;
