package cn.onegrid.data.features;

/** Who may read a collection. */
public enum Access {
  /** Part of the plain map: visitors read it too when the visitors' map is on. No personal data. */
  PLAIN_MAP,
  /** Signed-in accounts (a session or a token) only. */
  SIGNED_IN
}
