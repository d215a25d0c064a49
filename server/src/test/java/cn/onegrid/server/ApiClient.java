package cn.onegrid.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client of the server as a test sees it: anonymous, a person signed in through the sign-in
 * form (keeping the session cookie and sending the CSRF token with changes, as the map page does),
 * or a machine client with a personal access token.
 */
public final class ApiClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

  private final String base;
  private final Map<String, String> cookies;
  private String bearer;
  private String csrf;

  public ApiClient(String base) {
    this(base, new LinkedHashMap<>());
  }

  private ApiClient(String base, Map<String, String> cookies) {
    this.base = base;
    this.cookies = cookies;
  }

  /**
   * The same browser, its cookies shared, talking to another instance of the server (as behind a
   * load balancer that sends each request anywhere).
   */
  public ApiClient at(String otherBase) {
    return new ApiClient(otherBase, cookies);
  }

  /** Signs in through the form; the answer is the form's (a redirect, whether it worked or not). */
  public HttpResponse<String> login(String username, String password) {
    HttpResponse<String> page = get("/login", "Accept", "text/html");
    Matcher field = CSRF_FIELD.matcher(page.body());
    if (!field.find()) {
      throw new AssertionError("No CSRF field on the sign-in page: " + page.body());
    }
    csrf = null;
    return send(
        "POST",
        "/login",
        form("username", username, "password", password, "_csrf", field.group(1)),
        "Content-Type",
        "application/x-www-form-urlencoded");
  }

  public ApiClient withToken(String secret) {
    this.bearer = secret;
    return this;
  }

  /** The session's cookie, or null. */
  public String sessionId() {
    return cookies.get("ONEGRID_SESSION");
  }

  public void setSessionId(String id) {
    cookies.put("ONEGRID_SESSION", id);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    return exchange(
        "GET",
        path,
        HttpRequest.BodyPublishers.noBody(),
        HttpResponse.BodyHandlers.ofByteArray(),
        headers);
  }

  /**
   * A change, with the session's CSRF token (as the page sends it) when there is a session and no
   * token signs it.
   */
  public HttpResponse<String> send(String method, String path, String json) {
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    if (bearer == null && sessionId() != null) {
      headers.addAll(List.of("X-CSRF-TOKEN", csrfToken()));
    }
    return send(method, path, json, headers.toArray(String[]::new));
  }

  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    return exchange(
        method,
        path,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        HttpResponse.BodyHandlers.ofString(),
        headers);
  }

  /**
   * A file and form fields posted as {@code multipart/form-data} (part {@code file}), as a browser
   * sends a form with a file input, with the session's CSRF token.
   */
  public HttpResponse<String> upload(
      String path,
      String fileName,
      byte[] content,
      Map<String, String> fields,
      String... extraHeaders) {
    String boundary = "onegrid-test-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    List<String> headers =
        new ArrayList<>(List.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    if (bearer == null && sessionId() != null) {
      headers.addAll(List.of("X-CSRF-TOKEN", csrfToken()));
    }
    headers.addAll(List.of(extraHeaders));
    return exchange(
        "POST",
        path,
        HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
        HttpResponse.BodyHandlers.ofString(),
        headers.toArray(String[]::new));
  }

  /** The session's CSRF token, from {@code /account} as the map page takes it. */
  public String csrfToken() {
    if (csrf == null) {
      HttpResponse<String> me = get("/account");
      Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(me.body());
      if (me.statusCode() != 200 || !token.find()) {
        throw new AssertionError("No CSRF token for this client: " + me.body());
      }
      csrf = token.group(1);
    }
    return csrf;
  }

  private <T> HttpResponse<T> exchange(
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      HttpResponse.BodyHandler<T> handler,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          String.join(
              "; ",
              cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<T> response = HTTP.send(request.build(), handler);
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        Matcher m = COOKIE.matcher(cookie);
        if (m.find()) {
          if (m.group(2).isEmpty() || cookie.contains("Max-Age=0")) {
            cookies.remove(m.group(1));
          } else {
            cookies.put(m.group(1), m.group(2));
          }
        }
      }
      return response;
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String form(String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }
}
