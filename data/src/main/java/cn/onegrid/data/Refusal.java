package cn.onegrid.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A request refused for what it asks: the family of errors the server answers as problem documents
 * in one place ({@code ProblemHandler}), each subclass with its status there. The text for people
 * is a message key and its arguments, resolved in the request's language from the server's bundles
 * (numbers as written, without grouping); {@link #getMessage()} stays English, for logs. Every
 * refusal has a key, so nothing reaches people in one language only.
 */
public abstract class Refusal extends RuntimeException {

  private final String key;
  private final Object[] args;

  /** Shown as the bundles' text for {@code key}; {@code message} is for logs. */
  protected Refusal(String message, String key, Object... args) {
    super(message, null, false, false); // refusals are expected: no stack trace to log
    this.key = Objects.requireNonNull(key, "key");
    this.args = Arrays.stream(args).map(a -> a instanceof Number n ? n.toString() : a).toArray();
  }

  /** The message key for people. */
  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  /** For logs when the refusal has a key but no English text of its own. */
  protected static String describe(String key, Object... args) {
    return key + " " + Arrays.toString(args);
  }
}
