package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.RawHttp;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What Jetty answers itself, before Spring sees the request, carries the same headers. */
class ErrorPagesIT extends ApiTest {

  @Test
  void aMalformedUriIsRefusedWithTheSecurityHeaders() throws IOException {
    assertSecured(ask("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void aBadPercentEscapeInTheQueryIsRefusedWithTheSecurityHeaders() throws IOException {
    assertSecured(
        ask("GET /collections?x=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void traceIsRefusedWithTheSecurityHeaders() throws IOException {
    RawHttp.Answer trace =
        ask("TRACE / HTTP/1.1\r\nHost: localhost\r\nCookie: secret=1\r\nConnection: close\r\n\r\n");
    assertSecured(trace);
    assertThat(trace.body()).as("TRACE echoes nothing back").doesNotContain("secret=1");
  }

  @Test
  void aRequestWithoutHostIsRefusedWithTheSecurityHeaders() throws IOException {
    assertSecured(ask("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
  }

  private RawHttp.Answer ask(String request) throws IOException {
    try (RawHttp http = new RawHttp(port)) {
      return http.send(request).answer();
    }
  }

  private static void assertSecured(RawHttp.Answer answer) {
    assertThat(answer.status()).as(answer.head()).isBetween(400, 499);
    assertThat(answer.header("Content-Security-Policy"))
        .as(answer.head())
        .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
  }
}
