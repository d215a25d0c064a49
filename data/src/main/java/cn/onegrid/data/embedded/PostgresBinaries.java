package cn.onegrid.data.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the machine's PostgreSQL (15 or newer) server binaries and checks that PostGIS is installed
 * for them. Debian and Ubuntu keep one folder per major version under {@code /usr/lib/postgresql};
 * other systems put {@code initdb} on the PATH.
 */
record PostgresBinaries(Path binDir, int majorVersion) {

  static final int MINIMUM_VERSION = 15;
  private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

  static final String INSTALL_HINT =
      "Install PostgreSQL 15 or newer with PostGIS 3: on Debian or Ubuntu"
          + " `apt-get install postgresql postgis` (or run the README's command, which does it).";

  Path tool(String name) {
    return binDir.resolve(name);
  }

  /** The newest PostgreSQL found, or an error naming exactly what to install. */
  static PostgresBinaries find() {
    PostgresBinaries found =
        debianVersions()
            .or(PostgresBinaries::onPath)
            .orElseThrow(
                () -> new EmbeddedPostgisException("PostgreSQL not found. " + INSTALL_HINT));
    if (found.majorVersion < MINIMUM_VERSION) {
      throw new EmbeddedPostgisException(
          "PostgreSQL "
              + found.majorVersion
              + " at "
              + found.binDir
              + " is too old. "
              + INSTALL_HINT);
    }
    found.requirePostgis();
    return found;
  }

  private void requirePostgis() {
    Path debianExtensions =
        Path.of("/usr/share/postgresql", String.valueOf(majorVersion), "extension");
    if (Files.isDirectory(debianExtensions)
        && !Files.exists(debianExtensions.resolve("postgis.control"))) {
      throw new EmbeddedPostgisException(
          "PostGIS is not installed for PostgreSQL "
              + majorVersion
              + ": apt-get install postgresql-"
              + majorVersion
              + "-postgis-3");
    }
  }

  private static Optional<PostgresBinaries> debianVersions() {
    if (!Files.isDirectory(DEBIAN_ROOT)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
      return versions
          .filter(dir -> dir.getFileName().toString().matches("\\d+"))
          .filter(dir -> Files.isExecutable(dir.resolve("bin/initdb")))
          .map(
              dir ->
                  new PostgresBinaries(
                      dir.resolve("bin"), Integer.parseInt(dir.getFileName().toString())))
          .max(Comparator.comparingInt(PostgresBinaries::majorVersion));
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot list " + DEBIAN_ROOT + ": " + e.getMessage(), e);
    }
  }

  private static Optional<PostgresBinaries> onPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path initdb = Path.of(dir, "initdb");
      if (!dir.isEmpty() && Files.isExecutable(initdb)) {
        String version = Commands.run(null, initdb.toString(), "--version").output();
        return Optional.of(new PostgresBinaries(Path.of(dir), parseMajor(version)));
      }
    }
    return Optional.empty();
  }

  /** "initdb (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" gives 15. */
  static int parseMajor(String versionLine) {
    var matcher = java.util.regex.Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(versionLine);
    if (!matcher.find()) {
      throw new EmbeddedPostgisException("Cannot read the PostgreSQL version from: " + versionLine);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
