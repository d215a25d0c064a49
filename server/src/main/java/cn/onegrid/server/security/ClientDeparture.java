package cn.onegrid.server.security;

import cn.onegrid.data.editing.Abandonment;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * Stops geometry work whose client has gone away. Jetty reads nothing from a connection while its
 * request is handled, so it learns of a closed connection only when the answer is written: a
 * drawing sent by a client that then left would be cleaned to the end for nobody. Once the body has
 * been read, this asks to be told when the connection becomes readable: an HTTP/1.1 client waiting
 * for its answer sends nothing, so readable means closed (a client that pipelines its next request
 * is taken as gone too, which costs it only this answer). The interest is withdrawn before the
 * answer is written, so that Jetty reads the connection as before.
 */
public final class ClientDeparture {

  /** Withdraws the interest; not a failure of the connection. */
  private static final Exception FINISHED = new Exception("answered", null, false, false) {};

  private ClientDeparture() {}

  /**
   * Runs work for a request whose body has been read; drawing work inside it stops if the client
   * leaves meanwhile ({@link Abandonment}).
   */
  public static <T> T stopsWork(HttpServletRequest request, Supplier<T> work) {
    try (Watch watch = watch(request)) {
      return Abandonment.watching(watch.gone(), work);
    }
  }

  /** Completes {@code gone} when the request's client has gone away, until closed. */
  static Watch watch(HttpServletRequest request) {
    CompletableFuture<Void> gone = new CompletableFuture<>();
    EndPoint endPoint;
    try {
      endPoint =
          ServletContextRequest.getServletContextRequest(request)
              .getConnectionMetaData()
              .getConnection()
              .getEndPoint();
    } catch (IllegalStateException notJetty) {
      return new Watch(gone, null);
    }
    Callback readable =
        Callback.from(
            () -> gone.complete(null),
            failure -> {
              if (failure != FINISHED) {
                gone.complete(null);
              }
            });
    if (!(endPoint instanceof AbstractEndPoint watched) || !endPoint.tryFillInterested(readable)) {
      return new Watch(gone, null); // someone else reads the connection: nothing to watch
    }
    return new Watch(gone, watched);
  }

  /** A request being watched: {@code gone} completes when its client leaves. */
  record Watch(CompletableFuture<Void> gone, AbstractEndPoint endPoint) implements AutoCloseable {

    @Override
    public void close() {
      if (endPoint != null) {
        endPoint.getFillInterest().onFail(FINISHED);
      }
    }
  }
}
