package cn.onegrid.data;

/** A request that cannot be answered as asked: the message says which parameter and why. */
public class InvalidQuery extends RuntimeException {

  private final String parameter;

  public InvalidQuery(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The query parameter at fault. */
  public String parameter() {
    return parameter;
  }
}
