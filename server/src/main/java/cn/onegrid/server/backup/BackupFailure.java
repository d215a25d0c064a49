package cn.onegrid.server.backup;

/**
 * A backup or restore that cannot be done, with the command's exit code (from BSD's {@code
 * sysexits.h}, as the shell's tools use them) and one line, Chinese then English, saying why.
 */
final class BackupFailure extends RuntimeException {

  static final int USAGE = 64;
  static final int NO_INPUT = 66;
  static final int UNAVAILABLE = 69;
  static final int FAILED = 70;
  static final int CANNOT_CREATE = 73;

  final int exitCode;

  BackupFailure(int exitCode, String message) {
    super(message.replace('\n', ' '));
    this.exitCode = exitCode;
  }

  BackupFailure(int exitCode, String message, Throwable cause) {
    super(message.replace('\n', ' '), cause);
    this.exitCode = exitCode;
  }
}
