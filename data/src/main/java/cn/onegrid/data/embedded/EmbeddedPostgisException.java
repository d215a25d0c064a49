package cn.onegrid.data.embedded;

/**
 * The embedded cluster could not be found, made, started or stopped; the message says what to do.
 */
public class EmbeddedPostgisException extends RuntimeException {

  public EmbeddedPostgisException(String message) {
    super(message);
  }

  public EmbeddedPostgisException(String message, Throwable cause) {
    super(message, cause);
  }
}
