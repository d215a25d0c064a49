package cn.onegrid.server.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The request's language: the one a person chose on a page (kept in the {@value #COOKIE} cookie, so
 * the choice works without script and survives the sign-in redirects), otherwise the browser's
 * {@code Accept-Language}, otherwise Chinese. Only the supported languages are ever answered.
 */
final class ChosenLanguage implements LocaleResolver {

  static final String COOKIE = "ONEGRID_LANG";

  private final AcceptHeaderLocaleResolver accepted = new AcceptHeaderLocaleResolver();

  ChosenLanguage() {
    accepted.setSupportedLocales(Messages.SUPPORTED);
    accepted.setDefaultLocale(Messages.CHINESE);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (cookie.getName().equals(COOKIE)) {
          Optional<Locale> chosen = supported(cookie.getValue());
          if (chosen.isPresent()) {
            return chosen.get();
          }
        }
      }
    }
    return accepted.resolveLocale(request);
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, locale == null ? "" : locale.toLanguageTag())
            .path("/")
            .maxAge(locale == null ? Duration.ZERO : Duration.ofDays(365))
            .httpOnly(true)
            .secure(true) // as the session cookie: browsers keep it on http://localhost too
            .sameSite("Lax")
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  /** The supported language a tag such as {@code en} or {@code zh-CN} names, if any. */
  static Optional<Locale> supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
