/**
 * The server's own plumbing: settings, the database it runs on (embedded or external), first-start
 * sample data, and health.
 */
package cn.onegrid.server.system;
