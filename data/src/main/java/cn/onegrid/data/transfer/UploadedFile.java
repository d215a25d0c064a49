package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An upload, received into a {@link WorkFolder} under a name of OneGrid's choosing (never the
 * client's), and a zip (a zipped shapefile, a KMZ) unpacked there with its bytes counted as they
 * come out: a zip bomb stops at the limit, an entry whose name climbs out of its folder ({@code
 * ../}) or is absolute is refused, and a corrupt or empty zip is said to be one. Nothing from the
 * upload is run; GDAL later opens the dataset found here ({@link #dataset}).
 */
public final class UploadedFile {

  /** The kinds of file taken, by extension. */
  public static final List<String> EXTENSIONS =
      List.of("zip", "kmz", "gpkg", "geojson", "json", "kml", "csv", "xlsx");

  /** What GDAL opens, in order of preference when a zip holds several. */
  private static final List<String> DATASETS =
      List.of("gpkg", "shp", "geojson", "json", "kml", "csv", "xlsx");

  private UploadedFile() {}

  /**
   * Copies {@code content} into {@code folder} (at most {@code maxBytes}) and unpacks a zip or KMZ
   * there (at most {@code maxUnpacked} bytes in all).
   *
   * @param originalName the client's name for the file: only its extension is used
   * @return the dataset GDAL should open
   */
  public static Path receive(
      String originalName, InputStream content, Path folder, long maxBytes, long maxUnpacked) {
    String extension = extension(originalName);
    if (!EXTENSIONS.contains(extension)) {
      throw InvalidQuery.of(
          "file", "transfer.upload-type", originalName, String.join(", ", EXTENSIONS));
    }
    Path file = folder.resolve("upload." + extension);
    if (copy(content, file, maxBytes) > maxBytes) {
      throw InvalidQuery.of("file", "transfer.upload-too-large", originalName, maxBytes);
    }
    if (!extension.equals("zip") && !extension.equals("kmz")) {
      return file;
    }
    Path unpacked = directory(folder.resolve("unpacked"));
    unzip(file, unpacked, maxUnpacked, originalName);
    return dataset(unpacked);
  }

  /**
   * The dataset in an unpacked zip: a GeoPackage, a shapefile (its {@code .shx} and {@code .dbf}
   * must be beside it), or a GeoJSON, KML, CSV or XLSX file.
   */
  static Path dataset(Path folder) {
    List<Path> files = files(folder);
    for (String extension : DATASETS) {
      Optional<Path> found = files.stream().filter(f -> extension(f).equals(extension)).findFirst();
      if (found.isPresent()) {
        if (extension.equals("shp")) {
          requireBeside(found.get(), files, "shx");
          requireBeside(found.get(), files, "dbf");
        }
        return found.get();
      }
    }
    throw InvalidQuery.of("file", "transfer.no-dataset", "shp, " + String.join(", ", DATASETS));
  }

  /** Unpacks {@code zip} into {@code into}, refusing what no honest zip has. */
  private static void unzip(Path zip, Path into, long maxUnpacked, String originalName) {
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries++;
        Path target = into.resolve(entry.getName()).normalize();
        if (entry.getName().contains("..")
            || Path.of(entry.getName()).isAbsolute()
            || entry.getName().startsWith("/")
            || entry.getName().startsWith("\\")
            || !target.startsWith(into)) {
          throw InvalidQuery.of("file", "transfer.zip-entry-outside", entry.getName());
        }
        if (entry.isDirectory()) {
          directory(target);
          continue;
        }
        directory(target.getParent());
        total += copy(in, target, maxUnpacked - total);
        if (total > maxUnpacked) {
          throw InvalidQuery.of("file", "transfer.zip-too-large", originalName, maxUnpacked);
        }
      }
    } catch (ZipException e) {
      throw InvalidQuery.of("file", "transfer.zip-corrupt", originalName, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (entries == 0) {
      throw InvalidQuery.of("file", "transfer.zip-corrupt", originalName, "no entries");
    }
  }

  /**
   * Copies at most {@code limit} bytes and one more (so that going over is seen); the number
   * copied.
   */
  private static long copy(InputStream in, Path file, long limit) {
    byte[] buffer = new byte[1 << 16];
    long copied = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      int n;
      while (copied <= limit && (n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        copied += n;
      }
    } catch (IOException e) {
      if (e instanceof ZipException zip) {
        throw InvalidQuery.of("file", "transfer.zip-corrupt", file.getFileName(), zip.getMessage());
      }
      throw new UncheckedIOException(e);
    }
    return copied;
  }

  private static void requireBeside(Path shp, List<Path> files, String part) {
    boolean present =
        files.stream().anyMatch(f -> stem(f).equals(stem(shp)) && extension(f).equals(part));
    if (!present) {
      throw InvalidQuery.of(
          "file", "transfer.shapefile-part-missing", shp.getFileName().toString(), part);
    }
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> found = Files.walk(folder)) {
      return found.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extension(Path file) {
    return extension(file.getFileName().toString());
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(Path file) {
    String name = file.getParent().resolve(file.getFileName()).toString();
    int dot = name.lastIndexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
  }
}
