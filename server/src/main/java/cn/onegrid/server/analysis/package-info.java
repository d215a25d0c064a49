/** Keeps the stored analysis current while the server runs, and its settings. */
package cn.onegrid.server.analysis;
