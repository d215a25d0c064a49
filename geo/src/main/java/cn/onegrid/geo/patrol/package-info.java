/**
 * Coverage in time: for each two-hour slot of the week, how much of a committee is covered by the
 * posts on duty then, and which slots are the worst.
 */
package cn.onegrid.geo.patrol;
