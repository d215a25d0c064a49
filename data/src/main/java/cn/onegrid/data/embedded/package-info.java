/**
 * The embedded PostGIS: a project-private PostgreSQL cluster, made from the machine's own
 * PostgreSQL and PostGIS binaries, living in OneGrid's data folder and listening on loopback only.
 *
 * <p>It never touches another cluster on the machine: its own folder, its own port, no Unix socket,
 * password authentication with a generated secret kept beside it.
 */
package cn.onegrid.data.embedded;
