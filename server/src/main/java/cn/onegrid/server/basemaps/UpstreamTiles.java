package cn.onegrid.server.basemaps;

import cn.onegrid.server.system.RequestRefused;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Fetches tiles from the base maps' servers: an image of a type passed on ({@link BasemapTile}), at
 * most so large, from the configured URL itself (a redirect is an upstream failure, not followed:
 * it could lead anywhere). Anything else is a 502 that names the layer, never the URL and its key.
 */
final class UpstreamTiles {

  private static final HttpClient UPSTREAM =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final long maxBytes;

  UpstreamTiles(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  BasemapTile fetch(String layer, String url) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("User-Agent", "OneGrid/0.1 (Jiangqiao town grid map)")
            .build();
    try {
      HttpResponse<InputStream> response =
          UPSTREAM.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw refused("basemaps.upstream-answered", layer, response.statusCode());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        MediaType type =
            BasemapTile.image(contentType)
                .orElseThrow(() -> refused("basemaps.upstream-not-image", layer, contentType));
        if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
          throw refused("basemaps.upstream-too-large", layer, maxBytes);
        }
        byte[] bytes = body.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw refused("basemaps.upstream-too-large", layer, maxBytes);
        }
        return new BasemapTile(type, bytes);
      }
    } catch (IOException e) {
      throw refused("basemaps.upstream-unreachable", layer, e.getClass().getSimpleName());
    }
  }

  private static RequestRefused refused(String key, Object... arguments) {
    return new RequestRefused(HttpStatus.BAD_GATEWAY, key, arguments);
  }
}
