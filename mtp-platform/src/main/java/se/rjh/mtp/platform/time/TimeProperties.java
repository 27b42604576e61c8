package se.rjh.mtp.platform.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone     the zone in which every service reads "today" (due dates, review dates, decisions); one zone for all
 *                 services, so a deadline is passed on the same day everywhere
 * @param holidays the public holidays (and de facto holidays such as midsommarafton) that fall on a weekday and are
 *                 therefore no working day; the defaults list Sweden's for the coming years, see mtp-defaults.yml
 */
@ConfigurationProperties(prefix = "mtp.time")
public record TimeProperties(ZoneId zone, List<LocalDate> holidays) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

    public TimeProperties {
        zone = zone == null ? DEFAULT_ZONE : zone;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
