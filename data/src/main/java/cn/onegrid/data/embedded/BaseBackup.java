package cn.onegrid.data.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A copy of a running cluster that becomes its hot standby: {@code pg_basebackup -R} writes the
 * files, the write-ahead log needed to make them consistent ({@code -X stream}) and {@code
 * standby.signal} with {@code primary_conninfo}, so the copy, once started, follows the primary by
 * streaming replication. The primary's default {@code pg_hba.conf} already lets its own user
 * replicate over loopback; the password goes in the environment, never on a command line.
 */
final class BaseBackup {

  private BaseBackup() {}

  static void copy(
      List<String> prefix, PostgresBinaries binaries, int primaryPort, String password, Path into) {
    Commands.require(
        prefix,
        Map.of("PGPASSWORD", password),
        binaries.tool("pg_basebackup").toString(),
        "--host=127.0.0.1",
        "--port=" + primaryPort,
        "--username=" + EmbeddedPostgis.USER,
        "--no-password",
        "--pgdata=" + into,
        "--wal-method=stream",
        "--checkpoint=fast",
        "--write-recovery-conf");
  }
}
