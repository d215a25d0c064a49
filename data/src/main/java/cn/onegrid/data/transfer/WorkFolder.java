package cn.onegrid.data.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary folder (owner-only, as {@link Files#createTempDirectory} makes it on POSIX
 * systems) for one export or import, removed with everything in it when closed.
 */
public final class WorkFolder implements AutoCloseable {

  private final Path path;

  private WorkFolder(Path path) {
    this.path = path;
  }

  public static WorkFolder create() {
    try {
      return new WorkFolder(Files.createTempDirectory("onegrid-transfer-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
