/**
 * Incidents over HTTP (issue 16): types kept by administrators, reports (with a photo re-encoded so
 * nothing but pixels is kept), the loop's steps, what waits for a post or committee, closure rates,
 * and Open311 GeoReport v2 for outside systems. Who may do what is {@link
 * cn.onegrid.server.incidents.IncidentRoles}.
 */
package cn.onegrid.server.incidents;
