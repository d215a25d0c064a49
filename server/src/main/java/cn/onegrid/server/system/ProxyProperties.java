package cn.onegrid.server.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reverse proxies in front of OneGrid ({@code onegrid.proxy.*}).
 *
 * @param trusted addresses or CIDR ranges of the proxies whose {@code Forwarded} and {@code
 *     X-Forwarded-*} headers are believed (nginx on the same machine: {@code 127.0.0.1}); from
 *     anyone else those headers are dropped, so no client can point links or the sign-in redirect
 *     at another host
 */
@ConfigurationProperties("onegrid.proxy")
public record ProxyProperties(@DefaultValue List<String> trusted) {}
