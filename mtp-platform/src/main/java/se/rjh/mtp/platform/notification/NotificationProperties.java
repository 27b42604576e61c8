package se.rjh.mtp.platform.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.rjh.mtp.api.cases.ConcernedBody;

/**
 * Who gets which mail, under {@code mtp.notifications}. Addresses are configuration, not data: the demo users, the
 * concerned bodies and the LAGs each have one address here.
 *
 * @param enabled      whether mail is sent at all; off, the services have no notification listeners (nor a
 *                     notifications processor)
 * @param from         the sender address
 * @param users        user name → address (case officers)
 * @param bodies       concerned body → address (consultation requests)
 * @param groups       working group id → address (a LAG's assignments)
 * @param chair        the LSG chair's address (proposals, guideline reviews)
 * @param baseUrl      where the links in the mails point: the portal or the service
 * @param attempts     how many times one mail is tried before its event is dead-lettered
 * @param retryBackoff the wait after the first failed attempt; doubled after each further one
 */
@ConfigurationProperties(prefix = "mtp.notifications")
public record NotificationProperties(@DefaultValue("false") boolean enabled,
                                     @DefaultValue("lsg-mtp@regionjh.se") String from,
                                     Map<String, String> users,
                                     Map<ConcernedBody, String> bodies,
                                     Map<String, String> groups,
                                     String chair,
                                     @DefaultValue("http://127.0.0.1:8080") String baseUrl,
                                     @DefaultValue("3") int attempts,
                                     @DefaultValue("PT1S") Duration retryBackoff) {

    public NotificationProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        bodies = bodies == null ? Map.of() : Map.copyOf(bodies);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (attempts < 1) {
            throw new IllegalArgumentException("mtp.notifications.attempts must be at least 1");
        }
    }

    public Optional<String> user(String userName) {
        return Optional.ofNullable(userName).map(users::get);
    }

    public Optional<String> body(ConcernedBody body) {
        return Optional.ofNullable(body).map(bodies::get);
    }

    public Optional<String> group(String groupId) {
        return Optional.ofNullable(groupId).map(groups::get);
    }

    public Optional<String> chairAddress() {
        return Optional.ofNullable(chair).filter(address -> !address.isBlank());
    }

    /** An absolute link into the system for a path such as {@code /api/cases/<id>}. */
    public String link(String path) {
        return baseUrl + path;
    }
}
