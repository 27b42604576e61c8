package se.rjh.mtp.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param serviceName the service's name ({@code case-service}, ...), set by {@link MtpApplication}: names the
 *                    system actor, Kafka client, metrics and logs
 */
@ConfigurationProperties(prefix = "mtp")
public record ServiceProperties(@DefaultValue("mtp") String serviceName) {
}
