package cn.onegrid.server.editing;

import cn.onegrid.data.editing.CleanedArea;
import cn.onegrid.geo.editing.Cleaning;
import cn.onegrid.geo.editing.Defect;
import cn.onegrid.server.editing.AreaJson.CleaningJson;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What cleaning changed in a drawing, in the planner's language: {@code geo} reports each change as
 * a kind and its arguments ({@link Cleaning}); the words are the bundles' {@code
 * editing.cleaning.<kind>}, a repair's {@link Defect} said by {@code editing.defect.<defect>}.
 */
@Component
final class CleaningWords {

  private final Messages messages;

  CleaningWords(Messages messages) {
    this.messages = messages;
  }

  List<CleaningJson> of(CleanedArea cleaned, HttpServletRequest request) {
    Locale locale = messages.locale(request);
    return cleaned.cleanings().stream().map(c -> CleaningJson.of(c, text(c, locale))).toList();
  }

  String text(Cleaning cleaning, Locale locale) {
    Object[] args =
        cleaning.args().stream()
            .map(a -> a instanceof Defect d ? messages.text(locale, key("defect", d)) : a)
            .map(a -> a instanceof Number n ? plain(n) : a)
            .toArray();
    return messages.text(locale, key("cleaning", cleaning.kind()), args);
  }

  /** A number as written, without grouping or a trailing ".0": 2 m, 0.5 m. */
  private static String plain(Number n) {
    return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
  }

  private static String key(String group, Enum<?> value) {
    return "editing." + group + "." + value.name().toLowerCase(Locale.ROOT);
  }
}
