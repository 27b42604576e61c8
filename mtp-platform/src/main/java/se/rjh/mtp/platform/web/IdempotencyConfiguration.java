package se.rjh.mtp.platform.web;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Idempotency keys on every POST ({@link IdempotencyFilter}), kept in the service's own database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
public class IdempotencyConfiguration {

    @Bean
    public IdempotencyFilter idempotencyFilter(MongoDatabase database, Clock clock, WebProperties web) {
        return new IdempotencyFilter(new IdempotencyRecords(database, clock, web.idempotencyRetention(),
                web.idempotencyLease()));
    }
}
