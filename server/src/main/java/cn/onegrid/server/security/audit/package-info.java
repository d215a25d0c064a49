/**
 * The audit log as administrators read it ({@code /admin/audit}, JSON or CSV, filtered by time,
 * username and action), and the planners' writes it records by endpoint.
 */
package cn.onegrid.server.security.audit;
