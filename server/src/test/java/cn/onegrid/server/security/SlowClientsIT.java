package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that send a request slowly or stop half way hold no request thread, and their connections
 * are closed once they have sent nothing for the idle timeout (8 s here, 20 s by default; the
 * server has 8 request threads).
 */
@TestPropertySource(properties = "onegrid.security.idle-timeout=8s")
class SlowClientsIT extends ApiTest {

  private static final String UNFINISHED_LOGIN =
      "POST /login HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\n"
          + "username=admin&pass";

  private final List<RawHttp> slow = new ArrayList<>();

  @AfterEach
  void closeSlowClients() throws IOException {
    for (RawHttp client : slow) {
      client.close();
    }
  }

  @Test
  void unfinishedBodiesAndHeadersStallNobodyElse() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest normal =
        HttpRequest.newBuilder(URI.create(url("/login")))
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(5)) // well under the idle timeout the stalled ones wait for
            .build();
    assertThat(http.send(normal, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    for (int i = 0; i < 16; i++) {
      slow.add(new RawHttp(port).send(UNFINISHED_LOGIN));
    }
    for (int i = 0; i < 4; i++) {
      slow.add(new RawHttp(port).send("GET /login HTTP/1.1\r\nHost: local"));
    }
    Thread.sleep(500); // the unfinished requests have arrived
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> answer = http.send(normal, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aConnectionThatStopsSendingItsHeadersIsClosedAfterTheIdleTimeout() throws IOException {
    RawHttp head = new RawHttp(port).send("GET /login HTTP/1.1\r\nHost: local");
    slow.add(head);
    // 8 s and some slack for a busy machine, yet well under the 20 s default
    assertThat(head.closedByServer(14_000)).as("unfinished headers").isTrue();
  }

  @Test
  void aConnectionThatStopsSendingItsBodyIsClosedAfterTheIdleTimeout() throws IOException {
    RawHttp body = new RawHttp(port).send(UNFINISHED_LOGIN);
    slow.add(body);
    assertThat(body.closedByServer(14_000)).as("unfinished body").isTrue();
  }

  @Test
  void aBodyThatKeepsArrivingSlowlyIsAnsweredHoweverLongItTakes() throws Exception {
    String body = "username=nobody&password=" + "x".repeat(35);
    RawHttp client =
        new RawHttp(port)
            .send(
                "POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: "
                    + body.length()
                    + "\r\n\r\n");
    slow.add(client);
    // 4 pieces 3 s apart: 12 s in all, longer than the idle timeout, but never idle for it
    for (int i = 0; i < 4; i++) {
      Thread.sleep(3_000);
      client.send(body.substring(i * 15, i * 15 + 15));
    }
    assertThat(client.answer().status()).isLessThan(500);
  }
}
