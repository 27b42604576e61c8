package se.rjh.mtp.platform.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every date of the process is taken from. A test replaces it by registering its own {@link Clock}
 * (for example a singleton named {@code clock} added by an initializer, or a {@code @Primary} bean): this one then
 * steps aside. Next to it, the working-day calendar that skips weekends and the configured holidays.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeProperties.class)
public class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock clock(TimeProperties time) {
        return Clock.system(time.zone());
    }

    /**
     * Bean Validation's "now" ({@code @PastOrPresent} on a request's date) is this clock's too. Left to the JVM's zone,
     * a date that is today in Stockholm is refused as future in the hour or two after midnight.
     */
    @Bean
    public ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    @Bean
    public WorkingDays workingDays(TimeProperties time) {
        return new WorkingDays(time.holidays());
    }
}
