package cn.onegrid.server.features;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Absolute URLs for links, from the request as the client sent it (forwarded headers honoured). */
final class RequestUrls {

  private RequestUrls() {}

  /** The server's base URL, without a trailing slash. */
  static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  /** The current request's URL, parsed once for several {@link #withParam} links. */
  static UriComponentsBuilder current() {
    return ServletUriComponentsBuilder.fromCurrentRequest();
  }

  /** The current request's URL with {@code name} set to {@code value} (or removed when null). */
  static String withParam(String name, Object value) {
    return withParam(current(), name, value);
  }

  /**
   * {@code url} with {@code name} set to {@code value} (or removed when null); url is unchanged.
   */
  static String withParam(UriComponentsBuilder url, String name, Object value) {
    UriComponentsBuilder builder = url.cloneBuilder();
    return (value == null
            ? builder.replaceQueryParam(name)
            : builder.replaceQueryParam(name, value))
        .build()
        .toUriString();
  }
}
