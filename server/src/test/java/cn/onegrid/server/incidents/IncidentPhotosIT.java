package cn.onegrid.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A report's photo: kept as a new JPEG without the file's metadata; not an image or too big: 4xx.
 */
class IncidentPhotosIT extends ApiTest {

  @Test
  void aPhotoIsKeptAsPixelsOnlyItsExifGone() throws IOException {
    byte[] withExif = withExif(jpeg(64, 48), "GPS 31.2551N 121.3061E owner 张三");
    ApiClient staff = as(TestAccount.STAFF);

    long id = IncidentsIT.id(staff.send("POST", "/incidents", body(withExif)));
    HttpResponse<byte[]> photo = staff.getBytes("/incidents/" + id + "/photo");

    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
    String kept = new String(photo.body(), StandardCharsets.ISO_8859_1);
    assertThat(kept).doesNotContain("Exif").doesNotContain("GPS 31.2551N");
    BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(photo.body()));
    assertThat(read.getWidth()).isEqualTo(64);
    assertThat(read.getHeight()).isEqualTo(48);
  }

  @Test
  void somethingThatIsNoImageIs422AndNothingIsStored() {
    HttpResponse<String> refused =
        as(TestAccount.STAFF)
            .send(
                "POST",
                "/incidents",
                body("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(refused.body()).contains("照片");
    assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isZero();
  }

  @Test
  void aPhotoOverTheLimitIs413() throws IOException {
    byte[] big = new byte[IncidentPhotos.MAX_BYTES + 1];
    byte[] jpeg = jpeg(8, 8);
    System.arraycopy(jpeg, 0, big, 0, jpeg.length);

    HttpResponse<String> refused = as(TestAccount.STAFF).send("POST", "/incidents", body(big));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains(Integer.toString(IncidentPhotos.MAX_BYTES));
  }

  private static String body(byte[] photo) {
    return "{\"type\":\"group_renting\",\"location\":"
        + IncidentsIT.IN_P01
        + ",\"description\":\"群租\",\"photo\":\"data:image/jpeg;base64,"
        + Base64.getEncoder().encodeToString(photo)
        + "\"}";
  }

  private static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** The JPEG with an APP1 Exif segment carrying {@code text} right after its start marker. */
  private static byte[] withExif(byte[] jpeg, String text) {
    byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.UTF_8);
    int length = payload.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
