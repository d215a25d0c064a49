package cn.onegrid.data.organisation;

import cn.onegrid.data.editing.InvalidEdit;
import java.util.Arrays;
import java.util.List;

/**
 * One plain field of a kind of organisation: its name in the API, its column, what it may hold and
 * whether it must be there.
 *
 * @param name the JSON member, e.g. {@code serviceWeekday}
 * @param column the column (fixed text, never input)
 * @param type what it holds
 * @param required whether a new item must have it (and it may never be null)
 * @param choices the allowed values of a {@link Type#CHOICE}
 * @param fallback what a new item gets when it is left out, and what it becomes when sent empty
 *     (null: none); its column may not be null
 */
public record Field(
    String name,
    String column,
    Type type,
    boolean required,
    List<String> choices,
    Object fallback) {

  /** At most this many characters in a text. */
  static final int MAX_TEXT = 100;

  public enum Type {
    TEXT,
    CHOICE,
    WEEKDAY,
    YUAN
  }

  static Field text(String name, String column, boolean required) {
    return new Field(name, column, Type.TEXT, required, List.of(), null);
  }

  static Field choice(String name, String column, String... choices) {
    return new Field(name, column, Type.CHOICE, true, List.of(choices), null);
  }

  static Field weekday(String name, String column, int fallback) {
    return new Field(name, column, Type.WEEKDAY, false, List.of(), (short) fallback);
  }

  static Field yuan(String name, String column) {
    return new Field(name, column, Type.YUAN, false, List.of(), null);
  }

  /**
   * The value to store for what a request sent (null for none), or 422 saying which field of {@code
   * where} is wrong and why.
   */
  Object value(Object sent, String where) {
    if (sent == null && fallback != null) {
      return fallback; // an empty form field or JSON null, as for a field left out
    }
    if (sent == null) {
      if (required) {
        throw bad("organisation.required", where, name);
      }
      return null;
    }
    return switch (type) {
      case TEXT -> text(sent, where);
      case CHOICE -> {
        if (!(sent instanceof String s) || !choices.contains(s)) {
          throw bad("organisation.choice", where, name, String.join(", ", choices), sent);
        }
        yield s;
      }
      case WEEKDAY -> (short) whole(sent, where, 1, 7, "organisation.weekday");
      case YUAN -> (int) whole(sent, where, 0, Integer.MAX_VALUE, "organisation.yuan");
    };
  }

  private String text(Object sent, String where) {
    String s = sent instanceof String given ? given.strip() : "";
    if (s.isEmpty() || s.length() > MAX_TEXT) {
      throw bad("organisation.text", where, name, MAX_TEXT, sent);
    }
    return s;
  }

  private long whole(Object sent, String where, long min, long max, String key) {
    if (sent instanceof Number n
        && n.doubleValue() == Math.rint(n.doubleValue())
        && n.doubleValue() >= min
        && n.doubleValue() <= max) {
      return n.longValue();
    }
    throw bad(key, where, name, sent);
  }

  static InvalidEdit bad(String key, Object... args) {
    return new InvalidEdit(
        InvalidEdit.Kind.BAD_FIELD, key + " " + Arrays.toString(args), key, args);
  }
}
