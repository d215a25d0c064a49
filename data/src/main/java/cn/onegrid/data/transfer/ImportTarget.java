package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a layer is imported as: committees, comprehensive grids or micro-grids (areas), or duty
 * posts (points). Its codes say their lineage: a committee's 12 digits begin with its town's 9, a
 * grid's or a post's begin with its committee's, a micro-grid's with its comprehensive grid's.
 */
public enum ImportTarget {
  COMMITTEES("committees", true, "[0-9]{12}", 9),
  COMPREHENSIVE_GRIDS("comprehensive-grids", true, "[0-9]{12}(0[1-9]|[1-9][0-9])", 12),
  MICRO_GRIDS("micro-grids", true, "[0-9]{14}(0[1-9]|[1-9][0-9])", 14),
  DUTY_POSTS("duty-posts", false, "[0-9]{12}P[0-9]{2}", 12);

  private final String id;
  private final boolean areas;
  private final Pattern code;
  private final int parentDigits;

  ImportTarget(String id, boolean areas, String code, int parentDigits) {
    this.id = id;
    this.areas = areas;
    this.code = Pattern.compile(code);
    this.parentDigits = parentDigits;
  }

  /** The collection it lands in, as the catalogue and {@code target=} name it. */
  public String id() {
    return id;
  }

  /** Areas (polygons) rather than points. */
  public boolean areas() {
    return areas;
  }

  public boolean isCode(String text) {
    return code.matcher(text).matches();
  }

  /** The code of the parent (town, committee or comprehensive grid) that a code descends from. */
  public String parentOf(String code) {
    return code.substring(0, parentDigits);
  }

  /** The committee a code belongs to (for a committee, itself). */
  public String committeeOf(String code) {
    return code.substring(0, 12);
  }

  public static ImportTarget of(String id) {
    return Arrays.stream(values())
        .filter(t -> t.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidQuery.of(
                    "target",
                    "transfer.target",
                    id,
                    String.join(", ", Arrays.stream(values()).map(ImportTarget::id).toList())));
  }
}
