package cn.onegrid.server.basemaps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An intranet WMTS service as base map {@code wmts}: asked by KVP GetTile with the configured
 * layer, style, tile matrix set and format, its own query (a token) kept and never shown to the
 * page, and its tiles kept on disk like an XYZ service's. The service is a tiny one in the test.
 */
class BasemapWmtsIT extends ApiTest {

  private static final List<String> asked = new CopyOnWriteArrayList<>();
  private static final HttpServer service = startService();

  @DynamicPropertySource
  static void basemaps(DynamicPropertyRegistry registry) {
    registry.add(
        "onegrid.basemaps.wmts.url",
        () -> "http://127.0.0.1:" + service.getAddress().getPort() + "/vec_w/wmts?tk=secret");
    registry.add("onegrid.basemaps.wmts.layer", () -> "vec");
    registry.add("onegrid.basemaps.wmts.tile-matrix-set", () -> "EPSG:3857");
    registry.add("onegrid.basemaps.wmts.format", () -> "image/png");
    registry.add("onegrid.basemaps.wmts.tile-matrix-prefix", () -> "EPSG:3857:");
    registry.add("onegrid.basemaps.wmts.title", () -> "区政务网底图 District base map");
    registry.add("onegrid.basemaps.default-basemap", () -> "wmts");
    registry.add("onegrid.basemaps.cache-dir", BasemapWmtsIT::temporaryDir);
  }

  @AfterAll
  static void stopService() {
    service.stop(0);
  }

  @Test
  void theConfigOffersTheServiceByItsTitleWithoutItsAddress() {
    String config = get("/config").body();
    assertThat(config)
        .contains("\"wmts\"", "区政务网底图 District base map", "/basemaps/wmts/{z}/{x}/{y}")
        .doesNotContain("secret", "vec_w");
  }

  @Test
  void aTileIsAskedByGetTileAndKeptOnDisk() {
    HttpResponse<byte[]> tile = getBytes("/basemaps/wmts/12/3425/1673");
    assertThat(tile.statusCode()).isEqualTo(200);
    assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(tile.body()).hasSize(512);
    assertThat(asked)
        .singleElement()
        .asString()
        .startsWith("/vec_w/wmts?tk=secret&SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0")
        .contains("&LAYER=vec&STYLE=default&TILEMATRIXSET=EPSG:3857&FORMAT=image/png")
        .endsWith("&TILEMATRIX=EPSG:3857:12&TILEROW=1673&TILECOL=3425");

    assertThat(getBytes("/basemaps/wmts/12/3425/1673").body()).isEqualTo(tile.body());
    assertThat(asked).as("the second time from the disk").hasSize(1);
  }

  private static HttpServer startService() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/vec_w/wmts", BasemapWmtsIT::getTile);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void getTile(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    asked.add(
        exchange.getRequestURI().getPath()
            + "?"
            + URLDecoder.decode(query, StandardCharsets.UTF_8));
    byte[] png = new byte[512];
    Arrays.fill(png, (byte) 7);
    exchange.getResponseHeaders().set("Content-Type", "image/png");
    exchange.sendResponseHeaders(200, png.length);
    exchange.getResponseBody().write(png);
    exchange.close();
  }

  private static String temporaryDir() {
    try {
      return Files.createTempDirectory("onegrid-wmts").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
