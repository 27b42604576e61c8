package se.rjh.mtp.groups;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock every "today" comes from (replaceable in tests), and scheduling for the deadline job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GroupServiceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
