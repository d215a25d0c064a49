package cn.onegrid.server;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP tests: the real server on a random port, over real HTTP, on the test run's
 * throwaway PostGIS, with the two-committee fixture loaded before each test. Background analysis is
 * off, so nothing changes the data under a test; tests of analysis run it themselves.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"onegrid.data.sample=none", "onegrid.analysis.enabled=false"})
public abstract class ApiTest {

  protected static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  protected int port;

  protected final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("onegrid.db.url", () -> TestDatabase.cluster().jdbcUrl(TestDatabase.DATABASE));
    registry.add("onegrid.db.user", () -> EmbeddedPostgis.USER);
    registry.add("onegrid.db.password", () -> TestDatabase.cluster().password());
  }

  @BeforeEach
  void loadFixture() throws IOException {
    TestDatabase.truncateAll();
    jdbc.sql(
            new ClassPathResource("fixtures/two-committees.sql")
                .getContentAsString(StandardCharsets.UTF_8))
        .update();
  }

  protected HttpResponse<String> get(String path, String... headers) {
    return send(path, HttpResponse.BodyHandlers.ofString(), headers);
  }

  protected HttpResponse<byte[]> getBytes(String path, String... headers) {
    return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
  }

  protected JsonNode json(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " gave " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  private <T> HttpResponse<T> send(
      String path, HttpResponse.BodyHandler<T> handler, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), handler);
    } catch (IOException e) {
      throw new AssertionError("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
