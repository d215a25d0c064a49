package cn.onegrid.data;

/** A request that cannot be answered as asked: the message says which parameter and why. */
public class InvalidQuery extends Refusal {

  private final String parameter;

  private InvalidQuery(String parameter, String key, Object[] args) {
    super(describe(key, args), key, args);
    this.parameter = parameter;
  }

  /** Said in the request's language: the bundles' {@code key} with {@code args}. */
  public static InvalidQuery of(String parameter, String key, Object... args) {
    return new InvalidQuery(parameter, key, args);
  }

  /** The query parameter (or header, or body member) at fault. */
  public String parameter() {
    return parameter;
  }
}
