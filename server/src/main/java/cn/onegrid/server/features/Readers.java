package cn.onegrid.server.features;

import cn.onegrid.data.features.Access;
import cn.onegrid.server.security.OneGridUser;
import org.springframework.security.core.Authentication;

/** What a request's reader may read of the catalogue: everything signed in, the plain map not. */
public final class Readers {

  private Readers() {}

  public static Access of(Authentication reader) {
    return reader != null
            && reader.isAuthenticated()
            && reader.getPrincipal() instanceof OneGridUser
        ? Access.SIGNED_IN
        : Access.PLAIN_MAP;
  }
}
