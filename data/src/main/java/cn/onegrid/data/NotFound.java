package cn.onegrid.data;

/** The thing asked for does not exist: a collection, a feature, a tile matrix. */
public class NotFound extends Refusal {

  private NotFound(String key, Object[] args) {
    super(describe(key, args), key, args);
  }

  /** Said in the request's language: the bundles' {@code key} with {@code args}. */
  public static NotFound of(String key, Object... args) {
    return new NotFound(key, args);
  }
}
