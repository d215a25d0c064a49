/**
 * Backups: the {@code backup} and {@code restore} commands of the jar ({@link BackupCommand}), and
 * optional daily backups with a retention count ({@link DailyBackups}), all in PostgreSQL's own
 * custom dump format through {@code data}'s {@code DatabaseDump}.
 */
package cn.onegrid.server.backup;
