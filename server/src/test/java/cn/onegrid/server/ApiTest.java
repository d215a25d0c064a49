package cn.onegrid.server;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP tests: the real server on a random port, over real HTTP, on the test run's
 * throwaway PostGIS, with the two-committee fixture and the {@link TestAccount}s made before each
 * test. Background analysis is off, so nothing changes the data under a test; tests of analysis run
 * it themselves. Requests go as someone: {@link #as} a signed-in account (signed in through the
 * form once per test), {@link #anonymous()}, or a token's client; {@link #get} is the leader's.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"onegrid.data.sample=none", "onegrid.analysis.enabled=false"})
public abstract class ApiTest {

  protected static final JsonMapper JSON = JsonMapper.builder().build();
  private static String passwordHash;

  @Value("${local.server.port}")
  protected int port;

  @Autowired private AccountRepository accounts;
  @Autowired private PasswordEncoder encoder;

  protected final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private final Map<TestAccount, ApiClient> sessions = new EnumMap<>(TestAccount.class);

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
    createAccounts();
  }

  /**
   * One account per {@link TestAccount}, the member's linked to its person; again after a test
   * empties the register (a cascade from {@code person} takes the accounts with it).
   */
  protected void createAccounts() {
    if (passwordHash == null) {
      passwordHash = encoder.encode(TestAccount.PASSWORD);
    }
    for (TestAccount account : TestAccount.values()) {
      accounts.create(
          new NewAccount(
              account.username,
              account.username,
              passwordHash,
              account.role,
              account.committees,
              false));
    }
    // The member account is 李娜（示例）, who serves 金华's post (issue 15).
    jdbc.sql(
            "UPDATE account SET person_id = (SELECT id FROM person WHERE name = '李娜（示例）')"
                + " WHERE username = :u")
        .param("u", TestAccount.MEMBER.username)
        .update();
    sessions.clear();
  }

  /** This account's session, signed in through the sign-in form on first use in a test. */
  protected ApiClient as(TestAccount account) {
    return sessions.computeIfAbsent(
        account,
        a -> {
          ApiClient client = anonymous();
          HttpResponse<String> login = client.login(a.username, TestAccount.PASSWORD);
          if (login.statusCode() != 302
              || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("Signing in as " + a + " failed: " + login.headers());
          }
          return client;
        });
  }

  /** A client that has not signed in. */
  protected ApiClient anonymous() {
    return new ApiClient(url(""));
  }

  /** A new personal access token of this account's, made through the API; its secret. */
  protected String token(TestAccount owner, boolean write) {
    HttpResponse<String> created =
        as(owner).send("POST", "/account/tokens", "{\"name\":\"test\",\"write\":" + write + "}");
    if (created.statusCode() != 201) {
      throw new AssertionError("No token: " + created.statusCode() + " " + created.body());
    }
    return JSON.readTree(created.body()).path("secret").asString();
  }

  /** GET as the leader, who may read everything. */
  protected HttpResponse<String> get(String path, String... headers) {
    return as(TestAccount.LEADER).get(path, headers);
  }

  protected HttpResponse<byte[]> getBytes(String path, String... headers) {
    return as(TestAccount.LEADER).getBytes(path, headers);
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
}
