package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Editing;

/**
 * A collection whose shapes planners edit, and where each keeps its shape: the catalogue entry's
 * {@link Editing}, which says it once.
 */
public record Editable(String collection, Editing editing) {

  /** Whether the area may be removed (a post without an area keeps its location). */
  public boolean removable() {
    return editing.removable();
  }

  String table() {
    return editing.table();
  }

  String column() {
    return editing.column();
  }

  /** The SQL condition, on the table aliased {@code t}, that picks the collection's rows. */
  String filter() {
    return editing.filter();
  }

  /** The editable collection with this id, or {@link NotFound} naming those that are. */
  public static Editable of(String collection) {
    return Catalog.all().stream()
        .filter(c -> c.id().equals(collection) && c.editing().isPresent())
        .findFirst()
        .map(c -> new Editable(c.id(), c.editing().orElseThrow()))
        .orElseThrow(
            () ->
                NotFound.of(
                    "editing.not-editable",
                    collection,
                    Catalog.all().stream()
                        .filter(c -> c.editing().isPresent())
                        .map(Collection::id)
                        .toList()));
  }
}
