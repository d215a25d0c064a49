package cn.onegrid.server.duty;

import cn.onegrid.data.duty.InvalidRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * A record's photo as sent (base64, at most {@link #MAX_BYTES} decoded): it must really be an image
 * (ImageIO can read it) and is kept only as ImageIO writes it again, a JPEG of its pixels, so
 * nothing of the original file (EXIF location, camera, thumbnail) is left.
 */
final class Photos {

  static final int MAX_BYTES = 512 * 1024;
  static final int MAX_PIXELS = 4096 * 4096;

  private Photos() {}

  /** The re-encoded JPEG, or null when no photo was sent. */
  static byte[] clean(String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    String data = base64.startsWith("data:") ? base64.substring(base64.indexOf(',') + 1) : base64;
    if (data.length() > (MAX_BYTES / 3 + 1) * 4) {
      throw InvalidRecord.tooLarge("photo", "duty.photo-too-large", MAX_BYTES / 1024);
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw InvalidRecord.of("photo", "duty.photo-not-image");
    }
    if (bytes.length > MAX_BYTES) {
      throw InvalidRecord.tooLarge("photo", "duty.photo-too-large", MAX_BYTES / 1024);
    }
    BufferedImage image = read(bytes);
    if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
      throw InvalidRecord.of("photo", "duty.photo-not-image");
    }
    return jpeg(image);
  }

  private static BufferedImage read(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return null; // a truncated or hostile file is no image
    }
  }

  /** JPEG has no alpha: the pixels are drawn onto an opaque RGB image first. */
  private static byte[] jpeg(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var graphics = rgb.createGraphics();
    graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(rgb, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
