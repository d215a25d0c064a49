package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.NewIncident;
import cn.onegrid.server.system.RequestRefused;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.http.HttpStatus;

/**
 * A report's photo: base64 (a data URL's too) of at most {@link #MAX_BYTES}, an image ImageIO can
 * read of at most {@link #MAX_SIDE} pixels a side (checked before the pixels are decoded), drawn
 * again and written as a new JPEG, so nothing of the file but its pixels (no EXIF: no place, no
 * camera, no owner) is kept.
 */
final class IncidentPhotos {

  static final int MAX_BYTES = 600 * 1024;
  static final int MAX_SIDE = 4096;

  private IncidentPhotos() {}

  /** The photo re-encoded, or null when none was sent. */
  static NewIncident.Photo of(String sent) {
    if (sent == null || sent.isBlank()) {
      return null;
    }
    String data = sent.startsWith("data:") ? sent.substring(sent.indexOf(',') + 1) : sent;
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "incidents.photo-not-image");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RequestRefused(
          HttpStatus.CONTENT_TOO_LARGE, "incidents.photo-too-large", bytes.length, MAX_BYTES);
    }
    BufferedImage image = read(bytes);
    BufferedImage plain =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = plain.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, plain.getWidth(), plain.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(plain, "jpeg", out);
    } catch (IOException e) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "incidents.photo-not-image");
    }
    return new NewIncident.Photo("image/jpeg", out.toByteArray());
  }

  private static BufferedImage read(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "incidents.photo-not-image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
          throw new RequestRefused(
              HttpStatus.UNPROCESSABLE_ENTITY, "incidents.photo-too-many-pixels", MAX_SIDE);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof RequestRefused refused) {
        throw refused;
      }
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "incidents.photo-not-image");
    }
  }
}
