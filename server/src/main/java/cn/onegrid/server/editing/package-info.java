/**
 * Planners' writes: OGC API - Features Part 4 on the editable collections (PUT, PATCH, DELETE of an
 * item's area with {@code If-Match}), a preview of what cleaning and the analysis make of a
 * drawing, draft plans with publish and discard, and the history of every change with revert.
 */
package cn.onegrid.server.editing;
