package cn.onegrid.server.features;

import cn.onegrid.data.InvalidQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OGC rule that an unknown query parameter is an error, and number parsing with clear messages.
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** Refuses any parameter outside {@code allowed} (and the always-allowed {@code f}). */
  public static void allowOnly(HttpServletRequest request, Set<String> allowed) {
    for (String name : request.getParameterMap().keySet()) {
      if (!name.equals("f") && !allowed.contains(name)) {
        Set<String> known = new TreeSet<>(allowed);
        known.add("f");
        throw InvalidQuery.of(name, "query.unknown-parameter", name, known);
      }
    }
  }

  /** A whole number between {@code min} and {@code max}, or {@code absent} when not given. */
  static int integer(HttpServletRequest request, String name, int absent, int min, int max) {
    String text = request.getParameter(name);
    if (text == null) {
      return absent;
    }
    try {
      long value = Long.parseLong(text.strip());
      if (value < min) {
        throw InvalidQuery.of(name, "query.at-least", name, min, text);
      }
      return (int) Math.min(value, max);
    } catch (NumberFormatException e) {
      throw InvalidQuery.of(name, "query.whole-number", name, text);
    }
  }
}
