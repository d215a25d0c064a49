/**
 * What a planner draws, made fit to store: a free drawing is repaired, snapped to its neighbours'
 * borders and clipped to its committee, and every change is reported so the planner sees it before
 * saving; a painted area is the dissolved union of the micro-grids chosen. Inputs in metres, except
 * {@link cn.onegrid.geo.editing.SwappedCoordinates}, which looks at degrees.
 */
package cn.onegrid.geo.editing;
