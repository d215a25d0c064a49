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
 * connection that sends nothing for {@code onegrid.security.idle-timeout} while its headers or its
 * body are due, or between requests, is closed ({@link StalledBodies} for the body). And the
 * answers Jetty writes itself (a malformed request, a missing host) carry the same security headers
 * as Spring Security's.
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
    Handler application = server.getHandler();
    server.setHandler(
        new StalledBodies(
            new EagerContentHandler(
                StalledBodies.reached(application),
                new RetainedContentLoaderFactory(retained, -1, false))));
    server.setErrorHandler(new SecuredErrors());
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
