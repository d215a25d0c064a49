package cn.onegrid.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Text the server sends to people, from the bundles {@code messages.properties} (Chinese, the
 * default) and {@code messages_en.properties} (English), in the language the request asks for with
 * {@code Accept-Language}. Chinese unless English is preferred: the town works in Chinese.
 */
@Component
public final class Messages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

  private final MessageSource source;
  private final AcceptHeaderLocaleResolver locales = localeResolver();

  public Messages(MessageSource source) {
    this.source = source;
  }

  /** The request's language, one of {@link #SUPPORTED}. */
  public Locale locale(HttpServletRequest request) {
    return locales.resolveLocale(request);
  }

  /** The message {@code key} in the request's language, {@code args} filled in. */
  public String text(HttpServletRequest request, String key, Object... args) {
    return text(locale(request), key, args);
  }

  public String text(Locale locale, String key, Object... args) {
    return source.getMessage(key, args, locale);
  }

  /** How every part of the server picks the language: Spring MVC uses the same resolver. */
  public static AcceptHeaderLocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(SUPPORTED);
    resolver.setDefaultLocale(CHINESE);
    return resolver;
  }
}
