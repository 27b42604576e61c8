package se.rjh.mtp.platform.time;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone the zone in which every service reads "today" (due dates, review dates, decisions); one zone for all
 *             services, so a deadline is passed on the same day everywhere
 */
@ConfigurationProperties(prefix = "mtp.time")
public record TimeProperties(ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

    public TimeProperties {
        zone = zone == null ? DEFAULT_ZONE : zone;
    }
}
