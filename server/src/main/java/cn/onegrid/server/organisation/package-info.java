/**
 * The town's organisation kept over HTTP: {@code /organisation/{kind}} for featured party groups,
 * liaisons, partner units and residential compounds; administrators everywhere, planners in their
 * committees.
 */
package cn.onegrid.server.organisation;
