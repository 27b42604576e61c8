package se.rjh.mtp.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody a larger request body is refused with 413 before it is read
 * @param requestTimeout a request not answered within this time gets 503 with {@code Retry-After}
 *                       ({@link RequestTimeoutFilter}); longer than the store's own timeouts, so that those answer
 *                       first when they can
 */
@ConfigurationProperties(prefix = "mtp.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody,
                            @DefaultValue("30s") Duration requestTimeout) {
}
