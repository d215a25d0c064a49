package cn.onegrid.data;

import java.util.List;

/**
 * A request that cannot be answered as asked: the message says which parameter and why, and, when
 * the answer is one of a known few (a file's fields, its layers), which they are, so a form can
 * offer them.
 */
public class InvalidQuery extends Refusal {

  private final String parameter;
  private final List<String> choices;

  private InvalidQuery(String parameter, List<String> choices, String key, Object[] args) {
    super(describe(key, args), key, args);
    this.parameter = parameter;
    this.choices = List.copyOf(choices);
  }

  /** Said in the request's language: the bundles' {@code key} with {@code args}. */
  public static InvalidQuery of(String parameter, String key, Object... args) {
    return new InvalidQuery(parameter, List.of(), key, args);
  }

  /** As {@link #of}, for a parameter whose value is one of {@code choices}. */
  public static InvalidQuery choosing(
      String parameter, List<String> choices, String key, Object... args) {
    return new InvalidQuery(parameter, choices, key, args);
  }

  /** What the parameter may be, when that is a short list (empty otherwise). */
  public List<String> choices() {
    return choices;
  }

  /** The query parameter (or header, or body member) at fault. */
  public String parameter() {
    return parameter;
  }
}
