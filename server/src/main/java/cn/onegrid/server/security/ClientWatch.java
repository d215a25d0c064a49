package cn.onegrid.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Interrupts a request's thread when its client closes the connection, so that interruptible work
 * (the cleaning of a drawing: {@code data}'s {@code DrawingWork}) stops rather than runs on for
 * nobody. Jetty reads nothing from an HTTP/1.1 connection while its request is being handled, so
 * nothing would notice; here the connection is watched (Jetty's fill interest) from when the body
 * has been read until the answer is made. Anything that arrives meanwhile counts as leaving: a
 * browser never sends a second request on a connection before the first is answered. Only changes
 * with a whole body are watched (every body up to the limit is read before the request is handled:
 * {@link JettyHardening}); reads are quick, and a chunked body may still be arriving.
 */
@Component
final class ClientWatch extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ClientWatch.class);

  private final long maxBody;

  ClientWatch(SecurityProperties settings) {
    this.maxBody = settings.maxRequestBody().toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    boolean wholeBody =
        length >= 0 ? length <= maxBody : request.getHeader("Transfer-Encoding") == null;
    return !wholeBody || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EndPoint connection =
        ServletContextRequest.getServletContextRequest(request)
            .getConnectionMetaData()
            .getConnection()
            .getEndPoint();
    Watch watch = new Watch(Thread.currentThread(), request);
    boolean watching = connection.tryFillInterested(watch);
    try {
      chain.doFilter(request, response);
    } finally {
      if (watching && watch.stop() && connection instanceof AbstractEndPoint endPoint) {
        // Our interest must be gone before Jetty registers its own for the next request.
        endPoint.getFillInterest().onFail(new IOException("answered"));
      }
      Thread.interrupted(); // an interrupt that came too late is not the next request's
    }
  }

  /** Interrupts the request's thread if the connection becomes readable while it is watched. */
  private static final class Watch implements Callback, Invocable {

    private final Thread thread;
    private final String request;
    private boolean watching = true;

    Watch(Thread thread, HttpServletRequest request) {
      this.thread = thread;
      this.request = request.getMethod() + " " + request.getRequestURI();
    }

    @Override
    public synchronized void succeeded() {
      if (watching) {
        watching = false;
        log.info("The client of {} went away: its work is interrupted", request);
        thread.interrupt();
      }
    }

    /** Quick (a log line and an interrupt), so Jetty's selector calls it itself. */
    @Override
    public InvocationType getInvocationType() {
      return InvocationType.NON_BLOCKING;
    }

    @Override
    public synchronized void failed(Throwable x) {
      watching = false;
    }

    /** Stops watching; whether it still was (the interest is still registered). */
    synchronized boolean stop() {
      boolean was = watching;
      watching = false;
      return was;
    }
  }
}
