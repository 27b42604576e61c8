package se.rjh.mtp.cases;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock every date of the process is taken from (tests move it), and the scheduler for deadline checks. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CaseServiceConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
