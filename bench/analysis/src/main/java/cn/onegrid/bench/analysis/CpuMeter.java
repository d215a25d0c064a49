package cn.onegrid.bench.analysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (every thread: the analysis, its JDBC, the JIT and the GC) and by the
 * embedded PostgreSQL cluster (the postmaster and all its processes, exited ones included through
 * the postmaster's children times), and by the programs this JVM ran and waited for (GDAL's {@code
 * ogr2ogr} and {@code ogrinfo}: its children times), read from {@code /proc}. On a shared machine,
 * wall time says how busy the neighbours were; CPU time says what the work cost. Linux only; zero
 * elsewhere.
 */
final class CpuMeter {

  /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on every Linux port). */
  private static final long TICKS_PER_SECOND = 100;

  private static volatile Path postmasterPidFile;
  private static volatile long[] start = {0, 0, 0};
  private static volatile long[] frozen;

  private CpuMeter() {}

  /** Measures the cluster whose data folder holds {@code postmaster.pid}. */
  static void watch(Path dataDir) {
    postmasterPidFile = dataDir.resolve("postmaster.pid");
  }

  /** Starts counting from now (a new iteration, or the end of a trial setup). */
  static void restart() {
    frozen = null;
    start = now();
  }

  /**
   * Stops counting: the cluster is about to stop (a trial teardown runs before JMH asks for the
   * last iteration's figures).
   */
  static void freeze() {
    frozen = now();
  }

  /**
   * CPU nanoseconds since {@link #restart} (until {@link #freeze}): {JVM, PostgreSQL, programs the
   * JVM ran}.
   */
  static long[] elapsed() {
    long[] end = frozen != null ? frozen : now();
    return new long[] {end[0] - start[0], end[1] - start[1], end[2] - start[2]};
  }

  private static long[] now() {
    return new long[] {jvmNanos(), postgresNanos(), childrenNanos()};
  }

  /** The JVM's children times: the programs it ran that have ended and been waited for. */
  private static long childrenNanos() {
    try {
      String text = Files.readString(Path.of("/proc/self/stat"));
      String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 1_000_000_000L / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long jvmNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static long postgresNanos() {
    Path pidFile = postmasterPidFile;
    if (pidFile == null || !Files.exists(pidFile)) {
      return 0;
    }
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
      long ticks =
          processes
              .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
              .mapToLong(p -> ticks(p.resolve("stat"), postmaster))
              .sum();
      return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The process's CPU ticks if it is the postmaster or one of its children, else 0. */
  private static long ticks(Path stat, long postmaster) {
    try {
      String text = Files.readString(stat);
      // Fields after "pid (comm)": state ppid ... utime(14) stime(15) cutime(16) cstime(17).
      String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
      long pid = Long.parseLong(text.substring(0, text.indexOf(' ')));
      long ppid = Long.parseLong(f[1]);
      if (pid == postmaster) {
        return Long.parseLong(f[11])
            + Long.parseLong(f[12])
            + Long.parseLong(f[13])
            + Long.parseLong(f[14]);
      }
      return ppid == postmaster ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
    } catch (IOException | RuntimeException e) {
      return 0; // the process ended while we looked
    }
  }
}
