package cn.onegrid.server.security;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request body stops arriving for the idle timeout. Jetty takes an idle
 * timeout during a body read as transient and keeps waiting (neither an idle timeout listener nor
 * the minimum data rate, which only the servlet reader checks, changes that), so a client that sent
 * half a body would hold its connection for ever. While the body is read ahead ({@code
 * EagerContentHandler}, wrapped here), the bytes the connection has received are looked at every
 * quarter of the idle timeout, and the connection is closed once none came for the whole timeout.
 * Once the application has the request, this stops.
 */
final class StalledBodies extends Handler.Wrapper {

  private static final String READING = StalledBodies.class.getName() + ".reading";

  /**
   * @param eager reads bodies ahead and then calls the application through {@link #reached}
   */
  StalledBodies(Handler eager) {
    super(eager);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Connection connection = request.getConnectionMetaData().getConnection();
    long timeout = connection.getEndPoint().getIdleTimeout();
    if (timeout > 0 && hasBody(request)) {
      AtomicBoolean reading = new AtomicBoolean(true);
      request.setAttribute(READING, reading);
      new Watch(request.getComponents().getScheduler(), connection, timeout, reading).next();
    }
    return super.handle(request, response, callback);
  }

  /** Only a request that sends a body can stall in it: map reads and tiles schedule nothing. */
  private static boolean hasBody(Request request) {
    HttpFields headers = request.getHeaders();
    return headers.contains(HttpHeader.TRANSFER_ENCODING)
        || headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0;
  }

  /** One request's body being read, checked until it is read or the connection closed. */
  private static final class Watch implements Runnable {

    private final Scheduler scheduler;
    private final Connection connection;
    private final long timeout;
    private final AtomicBoolean reading;
    private long bytes;
    private long since = System.nanoTime();

    Watch(Scheduler scheduler, Connection connection, long timeout, AtomicBoolean reading) {
      this.scheduler = scheduler;
      this.connection = connection;
      this.timeout = timeout;
      this.reading = reading;
      this.bytes = connection.getBytesIn();
    }

    void next() {
      scheduler.schedule(this, Math.max(1, timeout / 4), TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
      if (!reading.get() || !connection.getEndPoint().isOpen()) {
        return;
      }
      long now = System.nanoTime();
      long received = connection.getBytesIn();
      if (received != bytes) {
        bytes = received;
        since = now;
      } else if (TimeUnit.NANOSECONDS.toMillis(now - since) >= timeout) {
        connection.getEndPoint().close();
        return;
      }
      next();
    }
  }

  /** The application, which marks the body as read when it gets the request. */
  static Handler reached(Handler application) {
    return new Handler.Wrapper(application) {
      @Override
      public boolean handle(Request request, Response response, Callback callback)
          throws Exception {
        if (request.getAttribute(READING) instanceof AtomicBoolean reading) {
          reading.set(false);
        }
        return super.handle(request, response, callback);
      }
    };
  }
}
