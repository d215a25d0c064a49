package cn.onegrid.server.features;

import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Property;
import cn.onegrid.server.system.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words in the OGC documents (collections, items, tilesets, the landing page) and their links,
 * in the language Spring MVC resolved for the request (by {@link Messages}' resolver), so JSON and
 * the HTML pages say the same. A collection's title and description are the bundles' {@code
 * collection.<id>.title} and {@code .description}, what its properties mean {@code
 * collection.<id>.property.<name>} or, shared, {@code property.<name>}; the rest are {@code doc.*}.
 */
@Component
public final class DocumentWords {

  private final Messages messages;

  DocumentWords(Messages messages) {
    this.messages = messages;
  }

  public String title(Collection collection) {
    return text(collection, "title");
  }

  public String description(Collection collection) {
    return text(collection, "description");
  }

  /** What {@code property} of {@code collection} means. */
  public String meaning(Collection collection, Property property) {
    return messages.firstOf(LocaleContextHolder.getLocale(), collection.propertyKeys(property));
  }

  /** The bundles' {@code key} with {@code args}. */
  public String text(String key, Object... args) {
    return messages.text(LocaleContextHolder.getLocale(), key, args);
  }

  private String text(Collection collection, String member) {
    return text(collection.messageKey(member));
  }
}
