package cn.onegrid.server.system;

import cn.onegrid.data.embedded.EmbeddedPostgisException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start that failed for a reason someone can fix ({@link StartFailure}, or the embedded cluster's
 * {@link EmbeddedPostgisException}) is reported as its one-line message, without a stack trace.
 */
class StartFailureAnalyzer implements FailureAnalyzer {

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StartFailure || cause instanceof EmbeddedPostgisException) {
        String message = cause.getMessage();
        int lineEnd = message.indexOf('\n');
        String line = lineEnd < 0 ? message : message.substring(0, lineEnd);
        return new FailureAnalysis(
            "OneGrid cannot start: " + message, "OneGrid cannot start: " + line, cause);
      }
    }
    return null;
  }
}
