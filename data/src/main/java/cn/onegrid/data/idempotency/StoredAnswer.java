package cn.onegrid.data.idempotency;

/**
 * A write's first answer, as it is sent again; {@code status} 0 while the first request still runs.
 */
public record StoredAnswer(
    byte[] requestHash, int status, String contentType, String etag, String location, byte[] body) {

  public boolean finished() {
    return status != 0;
  }
}
