package cn.onegrid.server.system;

/**
 * OneGrid cannot start, for a reason the person starting it can fix; the message is one line that
 * says what is wrong and what to do ({@link StartFailureAnalyzer} prints it without a stack trace).
 */
public final class StartFailure extends RuntimeException {

  StartFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
