package cn.onegrid.server.system;

import cn.onegrid.data.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Text the server sends to people, from the bundles {@code messages.properties} (Chinese, the
 * default) and {@code messages_en.properties} (English), in the language the request asks for with
 * {@code Accept-Language}, unless the person chose one on a page ({@link ChosenLanguage}). Chinese
 * unless English is preferred: the town works in Chinese.
 */
@Component
public final class Messages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

  private final MessageSource source;
  private final LocaleResolver locales = localeResolver();

  public Messages(MessageSource source) {
    this.source = source;
  }

  /** The request's language, one of {@link #SUPPORTED}. */
  public Locale locale(HttpServletRequest request) {
    return locales.resolveLocale(request);
  }

  /**
   * The language a page's {@code lang} parameter chooses ({@code zh-CN} or {@code en}), remembered
   * for the person's later requests; the request's language when it names none.
   */
  public Locale choose(HttpServletRequest request, HttpServletResponse response) {
    Optional<Locale> chosen = ChosenLanguage.supported(request.getParameter("lang"));
    chosen.ifPresent(locale -> locales.setLocale(request, response, locale));
    return chosen.orElseGet(() -> locale(request));
  }

  /** The message {@code key} in the request's language, {@code args} filled in. */
  public String text(HttpServletRequest request, String key, Object... args) {
    return text(locale(request), key, args);
  }

  public String text(Locale locale, String key, Object... args) {
    return source.getMessage(key, args, locale);
  }

  /** What {@code refused} says, in {@code locale}: its key's message with its arguments. */
  public String text(Locale locale, Refusal refused) {
    return text(locale, refused.key(), refused.args());
  }

  /** The message of the first of {@code keys} the bundles have, in {@code locale}. */
  public String firstOf(Locale locale, List<String> keys) {
    return source.getMessage(
        new DefaultMessageSourceResolvable(keys.toArray(String[]::new)), locale);
  }

  /** How every part of the server picks the language: Spring MVC uses the same resolver. */
  public static LocaleResolver localeResolver() {
    return new ChosenLanguage();
  }
}
