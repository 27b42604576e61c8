package se.rjh.mtp.portal.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bootstrapServers the Kafka brokers the services publish to ({@code mtp.kafka.bootstrap-servers})
 * @param topic            case-service's event topic
 * @param streamTimeout    how long one page's event stream stays open; the page then connects again by itself
 * @param heartbeat        how often an idle stream gets a comment, so that a page that has gone is noticed
 */
@ConfigurationProperties(prefix = "mtp.portal.live")
public record LiveProperties(String bootstrapServers,
                             @DefaultValue("mtp.cases.events") String topic,
                             @DefaultValue("30m") Duration streamTimeout,
                             @DefaultValue("25s") Duration heartbeat) {
}
