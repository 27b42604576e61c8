package se.rjh.mtp.portal.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case-event consumer of the live case pages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
public class LiveConfiguration {

    @Bean
    LiveCaseEvents liveCaseEvents(LiveProperties properties) {
        return new LiveCaseEvents(properties);
    }
}
