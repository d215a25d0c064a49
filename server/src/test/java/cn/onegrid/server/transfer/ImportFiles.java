package cn.onegrid.server.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files to import, made at test time from what the server exports, with GDAL. */
public final class ImportFiles {

  private ImportFiles() {}

  /** {@code ogr2ogr arguments…} in {@code folder}. */
  public static void ogr2ogr(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("ogr2ogr"));
    command.addAll(List.of(arguments));
    Gdal.run(folder, command);
  }

  /** The files given, each under its own name, as one zip. */
  public static byte[] zip(Path... files) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Path file : files) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A zip with one entry of this name holding {@code size} bytes of zeros. */
  public static byte[] zipOf(String name, long size) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1 << 16];
      OutputStream out = zip;
      for (long left = size; left > 0; left -= zeros.length) {
        out.write(zeros, 0, (int) Math.min(left, zeros.length));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
