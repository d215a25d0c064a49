package cn.onegrid.bench.page;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A collection's spatial extent, from its OGC API description. */
final class Extent {

  private static final Pattern BBOX =
      Pattern.compile("\"bbox\"\\s*:\\s*\\[\\s*\\[([-0-9.eE,\\s]+)\\]");

  private Extent() {}

  /**
   * [west, south, east, north] of collection id on the server at base (signed in: ONEGRID_COOKIE).
   */
  static double[] of(String base, String id) {
    URI uri = URI.create(base.replaceAll("/$", "") + "/collections/" + id + "?f=json");
    try {
      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri)
                      .header("Cookie", System.getenv().getOrDefault("ONEGRID_COOKIE", ""))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = BBOX.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("No extent in " + uri + ": " + body);
      }
      String[] v = m.group(1).split(",");
      double[] bbox = new double[4];
      for (int i = 0; i < 4; i++) {
        bbox[i] = Double.parseDouble(v[i].trim());
      }
      return bbox;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted reading " + uri, e);
    }
  }
}
