package cn.onegrid.server.security;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler.RetainedContentLoaderFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Jetty does before Spring sees a request. A request body is read without holding a thread (up
 * to the body limit, {@link RequestSizeLimit}'s), so clients that send a body slowly or not at all
 * tie up no request thread: with 8 threads, a dozen unfinished bodies stalled every request. A
 * connection that sends nothing for {@code onegrid.security.idle-timeout}, while its headers or
 * body are due or between requests, is closed. And the answers Jetty writes itself (a malformed
 * request, a missing host) carry the same security headers as Spring Security's.
 */
@Component
class JettyHardening implements WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> {

  /** Room for the chunks' framing on top of the body limit, so a body at the limit is whole. */
  private static final long FRAMING = 16 * 1024;

  private final SecurityProperties settings;

  JettyHardening(SecurityProperties settings) {
    this.settings = settings;
  }

  @Override
  public void customize(ConfigurableJettyWebServerFactory factory) {
    factory.addServerCustomizers(this::harden);
  }

  private void harden(Server server) {
    for (var connector : server.getConnectors()) {
      if (connector instanceof AbstractConnector network) {
        network.setIdleTimeout(settings.idleTimeout().toMillis());
      }
    }
    long retained = settings.maxRequestBody().toBytes() + FRAMING;
    Handler application = new BodyRead(server.getHandler());
    server.setHandler(new EagerContentHandler(application, new WholeBodies(retained)));
    server.setErrorHandler(new SecuredErrors());
  }

  /**
   * Bodies read whole before the request is handled. A body that stalls for the idle timeout fails
   * its request, which closes the connection (left alone, Jetty would wait for it for ever).
   */
  private record WholeBodies(RetainedContentLoaderFactory retained)
      implements EagerContentHandler.ContentLoaderFactory {

    WholeBodies(long maxBytes) {
      this(new RetainedContentLoaderFactory(maxBytes, -1, false));
    }

    @Override
    public String getApplicableMimeType() {
      return null;
    }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(
        String contentType,
        String mimeType,
        Handler handler,
        Request request,
        Response response,
        Callback callback) {
      request.addIdleTimeoutListener(timeout -> request.getAttribute(BodyRead.READ) == null);
      return retained.newContentLoader(contentType, mimeType, handler, request, response, callback);
    }
  }

  /** Marks a request whose body has been read: from then on it is the application's. */
  private static final class BodyRead extends Handler.Wrapper {

    static final String READ = BodyRead.class.getName();

    BodyRead(Handler application) {
      super(application);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      request.setAttribute(READ, Boolean.TRUE);
      return super.handle(request, response, callback);
    }
  }

  /** Jetty's own error answers, with the headers every other answer has. */
  private static final class SecuredErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      HttpFields.Mutable headers = response.getHeaders();
      SecurityConfiguration.HEADERS.forEach(headers::put);
      return super.handle(request, response, callback);
    }
  }
}
