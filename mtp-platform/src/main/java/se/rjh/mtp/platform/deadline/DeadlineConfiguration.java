package se.rjh.mtp.platform.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the services' deadline jobs, and the one scanner they run their scans with. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class DeadlineConfiguration {

    @Bean
    public DeadlineScanner deadlineScanner(CommandGateway commands, Clock clock, MeterRegistry registry) {
        return new DeadlineScanner(commands, clock, registry);
    }
}
