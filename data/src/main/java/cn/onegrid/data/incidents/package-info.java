/**
 * Incidents (事件, issue 16): their types (each with a time limit), reports routed by place and hour
 * to who is responsible ({@link cn.onegrid.data.incidents.IncidentRouting}), the loop of states
 * ({@link cn.onegrid.data.incidents.IncidentState}), what waits for a post or committee, and the
 * closure rates.
 */
package cn.onegrid.data.incidents;
