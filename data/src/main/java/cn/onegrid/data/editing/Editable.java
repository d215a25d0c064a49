package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.util.Arrays;

/** The collections whose areas planners edit, and where each keeps its shape. */
public enum Editable {
  DUTY_POST_AREAS("duty-post-areas", "duty_post", "area", "TRUE", true),
  MICRO_GRIDS("micro-grids", "grid", "boundary", "t.level = 'micro'", false),
  COMPREHENSIVE_GRIDS(
      "comprehensive-grids", "grid", "boundary", "t.level = 'comprehensive'", false);

  private final String collection;
  final String table;
  final String column;
  final String filter; // on the table aliased t
  private final boolean removable;

  Editable(String collection, String table, String column, String filter, boolean removable) {
    this.collection = collection;
    this.table = table;
    this.column = column;
    this.filter = filter;
    this.removable = removable;
  }

  /** The OGC API collection id. */
  public String collection() {
    return collection;
  }

  /** Whether the area may be removed (a post without an area keeps its location). */
  public boolean removable() {
    return removable;
  }

  /** The editable collection with this id, or {@link NotFound} naming those that are. */
  public static Editable of(String collection) {
    return Arrays.stream(values())
        .filter(e -> e.collection.equals(collection))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFound(
                    "Collection '"
                        + collection
                        + "' cannot be edited; editable collections are "
                        + Arrays.stream(values()).map(Editable::collection).toList()));
  }
}
