/**
 * OGC API - Features (Part 1 Core, Part 2 CRS): landing page, conformance, the OpenAPI definition,
 * collections and their items, as JSON (GeoJSON) or HTML.
 */
package cn.onegrid.server.features;
