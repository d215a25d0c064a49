package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.RawHttp;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server notices a client that goes away while its request is worked on, through the whole
 * Jetty stack (bodies read ahead, stalled-body watch), and a client that waits keeps its connection
 * for the next request. The work is a test endpoint that waits to be told.
 */
class ClientDepartureIT extends ApiTest {

  private static final String PATH = "/test/departure";

  private static volatile CountDownLatch started;
  private static volatile CountDownLatch noticed;

  @BeforeEach
  void latches() {
    started = new CountDownLatch(1);
    noticed = new CountDownLatch(1);
  }

  @Test
  void aClientThatLeavesIsNoticedWhileItsWorkRuns() throws Exception {
    try (RawHttp client = new RawHttp(port)) {
      client.send(request("{\"untilGone\":true}"));
      assertThat(started.await(20, TimeUnit.SECONDS)).as("the work started").isTrue();
    }
    assertThat(noticed.await(5, TimeUnit.SECONDS)).as("the departure was noticed").isTrue();
  }

  @Test
  void aClientThatWaitsGetsItsAnswersOnOneConnection() throws Exception {
    try (RawHttp client = new RawHttp(port)) {
      for (int i = 0; i < 3; i++) {
        RawHttp.Answer answer = client.send(request("{\"untilGone\":false}")).answer();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("stayed");
      }
    }
    assertThat(noticed.getCount()).isEqualTo(1);
  }

  private static String request(String body) {
    return "POST "
        + PATH
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length()
        + "\r\n\r\n"
        + body;
  }

  record Work(boolean untilGone) {}

  @TestConfiguration
  static class DepartureEndpoint {

    @Bean
    @Order(0)
    SecurityFilterChain departureTestChain(HttpSecurity http) throws Exception {
      return http.securityMatcher(PATH)
          .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          .csrf(csrf -> csrf.disable())
          .build();
    }

    @Bean
    Waiter waiter() {
      return new Waiter();
    }
  }

  @RestController
  static class Waiter {

    /** Waits (up to 10 s) for the client to leave when asked to; else 300 ms for nothing. */
    @PostMapping(PATH)
    String work(@RequestBody Work work, HttpServletRequest request) throws Exception {
      try (ClientDeparture.Watch watch = ClientDeparture.watch(request)) {
        started.countDown();
        try {
          watch.gone().get(work.untilGone() ? 10_000 : 300, TimeUnit.MILLISECONDS);
          noticed.countDown();
          return "gone";
        } catch (TimeoutException stayed) {
          return "stayed";
        }
      }
    }
  }
}
