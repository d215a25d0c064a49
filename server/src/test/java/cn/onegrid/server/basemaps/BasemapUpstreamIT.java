package cn.onegrid.server.basemaps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the base-map proxy takes from upstream: images of three types, from the configured URL
 * itself, up to a size; and the disk it keeps them on stays under its cap. The local upstream
 * answers by zoom: 1 HTML, 2 a redirect to an image, 3 an oversize image, others a 4 KB PNG.
 */
class BasemapUpstreamIT extends ApiTest {

  private static final int TILE = 4 * 1024;
  private static final List<String> requested = new CopyOnWriteArrayList<>();
  private static final HttpServer upstream = startUpstream();
  private static final Path kept = temporaryDir();

  @DynamicPropertySource
  static void basemaps(DynamicPropertyRegistry registry) {
    registry.add("onegrid.basemaps.osm.enabled", () -> "true");
    registry.add(
        "onegrid.basemaps.osm.url",
        () -> "http://127.0.0.1:" + upstream.getAddress().getPort() + "/{z}/{x}/{y}");
    registry.add("onegrid.basemaps.max-tile-size", () -> "10KB");
    registry.add("onegrid.basemaps.cache-size", () -> "20KB");
    registry.add("onegrid.basemaps.cache-dir", kept::toString);
  }

  @AfterAll
  static void stopUpstream() {
    upstream.stop(0);
  }

  @Test
  void anUpstreamAnswerThatIsNoImageIsA502() {
    HttpResponse<String> html = get("/basemaps/osm/1/0/0");
    assertThat(html.statusCode()).isEqualTo(502);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(html.body()).contains("text/html").doesNotContain("<script>");
  }

  @Test
  void aRedirectIsNotFollowed() {
    HttpResponse<String> redirected = get("/basemaps/osm/2/1/1");
    assertThat(redirected.statusCode()).isEqualTo(502);
    assertThat(requested).contains("/2/1/1").doesNotContain("/elsewhere.png");
  }

  @Test
  void anOversizeTileIsA502() {
    HttpResponse<String> big = get("/basemaps/osm/3/1/1");
    assertThat(big.statusCode()).isEqualTo(502);
    assertThat(big.body()).contains("10");
  }

  @Test
  void fetchedTilesAreKeptOnDiskUnderTheCap() throws IOException {
    for (int x = 0; x < 12; x++) { // 48 KB fetched against a 20 KB cap
      HttpResponse<byte[]> tile = getBytes("/basemaps/osm/10/" + x + "/7");
      assertThat(tile.statusCode()).isEqualTo(200);
      assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/png");
      assertThat(tile.body()).hasSize(TILE);
    }
    assertThat(diskUse()).isPositive().isLessThanOrEqualTo(20 * 1024);

    int before = requested.size();
    assertThat(getBytes("/basemaps/osm/10/11/7").body()).hasSize(TILE);
    assertThat(requested).as("the latest tile came from the disk").hasSize(before);
    assertThat(getBytes("/basemaps/osm/10/0/7").statusCode()).isEqualTo(200);
    assertThat(requested).as("the oldest was evicted and fetched again").hasSize(before + 1);
  }

  private static long diskUse() throws IOException {
    try (Stream<Path> files = Files.walk(kept)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static HttpServer startUpstream() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", BasemapUpstreamIT::answer);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requested.add(path);
    switch (path.split("/")[1]) {
      case "1" -> send(exchange, "text/html", "<script>alert(1)</script>".getBytes());
      case "2" -> {
        exchange.getResponseHeaders().set("Location", "/elsewhere.png");
        exchange.sendResponseHeaders(302, -1);
      }
      case "3" -> send(exchange, "image/png", new byte[64 * 1024]);
      default -> {
        byte[] png = new byte[TILE];
        Arrays.fill(png, (byte) path.length());
        send(exchange, "image/png", png);
      }
    }
    exchange.close();
  }

  private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  private static Path temporaryDir() {
    try {
      return Files.createTempDirectory("onegrid-basemaps");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
