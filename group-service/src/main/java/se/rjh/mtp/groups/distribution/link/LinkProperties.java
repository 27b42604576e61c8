package se.rjh.mtp.groups.distribution.link;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param signingKey   the HMAC-SHA256 key of the acknowledgement links ({@code MTP_DISTRIBUTION_SIGNING_KEY}); the
 *                     prod profile refuses to start with the local default or a key shorter than 32 characters.
 *                     Changing it makes every link sent so far invalid.
 * @param baseUrl      where the units reach group-service, e.g. {@code https://mtp.region.se}; the link is this plus
 *                     the acknowledgement path
 * @param validAfterDue how long after the acknowledgement date a link still works, so a late unit can still answer
 */
@ConfigurationProperties(prefix = "mtp.distribution")
public record LinkProperties(String signingKey, String baseUrl, Period validAfterDue) {

    /** Only for the local run and tests. */
    public static final String LOCAL_KEY = "local-only-distribution-link-key-not-for-production";
    public static final int MIN_KEY_LENGTH = 32;

    public LinkProperties {
        signingKey = signingKey == null || signingKey.isBlank() ? LOCAL_KEY : signingKey;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8082" : baseUrl.replaceAll("/+$", "");
        validAfterDue = validAfterDue == null ? Period.ofDays(90) : validAfterDue;
    }
}
