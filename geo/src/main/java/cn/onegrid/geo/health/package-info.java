/**
 * Partition health: whether a parent area's children (committees in the town, grids in a committee)
 * tile it cleanly, and what to do where they do not. Inputs in metres; areas in m².
 */
package cn.onegrid.geo.health;
