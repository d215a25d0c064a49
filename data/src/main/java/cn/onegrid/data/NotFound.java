package cn.onegrid.data;

/** The thing asked for does not exist: a collection, a feature, a tile matrix. */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
