package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.RawHttp;
import cn.onegrid.server.TestAccount;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A drawing whose client went away is not cleaned on for nobody. */
@ExtendWith(OutputCaptureExtension.class)
class ClientGoneIT extends ApiTest {

  private static final String STOPPED =
      "A drawing's cleaning was stopped: its caller stopped waiting";

  @Test
  void aPreviewWhoseClientLeftIsStopped(CapturedOutput output) throws Exception {
    String token = token(TestAccount.PLANNER, true);
    assertThat(preview(token, circle(100), false).status())
        .as("the same request, waited for, is answered")
        .isEqualTo(200);
    assertThat(output.getAll()).doesNotContain(STOPPED);

    preview(token, circle(9_000), true); // sent whole, then the client hangs up
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!output.getAll().contains(STOPPED) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(output.getAll()).contains("went away").contains(STOPPED);
  }

  /** POSTs a preview over a socket of its own; its answer, or null when it hangs up at once. */
  private RawHttp.Answer preview(String token, String feature, boolean hangUp) throws Exception {
    byte[] body = feature.getBytes(StandardCharsets.UTF_8);
    try (RawHttp http = new RawHttp(port)) {
      http.send(
          "POST /collections/duty-post-areas/items/310114118009P01/edit/preview HTTP/1.1\r\n"
              + "Host: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/geo+json\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n"
              + feature);
      return hangUp ? null : http.answer();
    }
  }

  /** A ring of so many vertices around the post, as a Feature. */
  private static String circle(int vertices) {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i < vertices; i++) {
      double a = 2 * Math.PI * i / vertices;
      ring.append(
          String.format(
              Locale.ROOT,
              "[%.7f,%.7f],",
              121.305 + 0.003 * Math.cos(a),
              31.255 + 0.003 * Math.sin(a)));
    }
    ring.append(String.format(Locale.ROOT, "[%.7f,%.7f]]]}", 121.308, 31.255));
    return EditingBadInputIT.feature(ring.toString());
  }
}
