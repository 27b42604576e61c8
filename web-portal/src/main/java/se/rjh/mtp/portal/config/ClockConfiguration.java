package se.rjh.mtp.portal.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The region's time zone for "today" (the intake form's default date, days waiting), as in the services. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }

    /** The forms' "today" ({@code @PastOrPresent}) is this clock's too, not the JVM zone's (see mtp-platform's). */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
