package cn.onegrid.server.basemaps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base map tiles come through the server from a (here, local fake) upstream; the key stays there.
 */
class BasemapProxyIT extends ApiTest {

  private static final String KEY = "secret-tianditu-key";
  private static final List<String> requested = new CopyOnWriteArrayList<>();
  private static final HttpServer upstream = startUpstream();

  @DynamicPropertySource
  static void basemaps(DynamicPropertyRegistry registry) {
    String base = "http://127.0.0.1:" + upstream.getAddress().getPort();
    registry.add("onegrid.basemaps.default-basemap", () -> "tianditu");
    registry.add("onegrid.basemaps.tianditu.key", () -> KEY);
    registry.add(
        "onegrid.basemaps.tianditu.vector-url", () -> base + "/vec?z={z}&x={x}&y={y}&tk={key}");
    registry.add("onegrid.basemaps.tianditu.labels-url", () -> base + "/missing?z={z}&tk={key}");
    registry.add("onegrid.basemaps.cache-size", () -> "0"); // every tile is fetched
  }

  @AfterAll
  static void stopUpstream() {
    upstream.stop(0);
  }

  @Test
  void configOffersTiandituWithoutItsKey() {
    HttpResponse<String> config = get("/config");
    assertThat(config.body())
        .contains("\"defaultBasemap\":\"tianditu\"")
        .contains("/basemaps/tianditu-labels/{z}/{x}/{y}");
    assertThat(config.body()).doesNotContain(KEY).doesNotContain("osm");
  }

  @Test
  void tilesAreFetchedUpstreamWithTheKey() {
    HttpResponse<byte[]> tile = getBytes("/basemaps/tianditu/13/6860/3350");
    assertThat(tile.statusCode()).isEqualTo(200);
    assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(new String(tile.body())).isEqualTo("PNG-13-6860-3350");
    assertThat(requested).contains("/vec?z=13&x=6860&y=3350&tk=" + KEY);
  }

  @Test
  void anUpstreamFailureIsA502ThatNamesTheLayerNotTheKey() {
    HttpResponse<String> response = get("/basemaps/tianditu-labels/13/6860/3350");
    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).contains("tianditu-labels").doesNotContain(KEY);
  }

  @Test
  void unconfiguredLayersAndImpossibleTilesAre404() {
    assertThat(get("/basemaps/osm/1/0/0").statusCode()).isEqualTo(404);
    assertThat(get("/basemaps/tianditu/2/4/0").statusCode()).isEqualTo(404);
  }

  private static HttpServer startUpstream() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/vec",
          exchange -> {
            requested.add(exchange.getRequestURI().toString());
            String q = exchange.getRequestURI().getQuery();
            byte[] body =
                ("PNG-" + q.replaceAll("z=(\\d+)&x=(\\d+)&y=(\\d+).*", "$1-$2-$3")).getBytes();
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.createContext(
          "/missing",
          exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
