package se.rjh.mtp.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What each service's OpenAPI document says about itself, under {@code mtp.openapi}.
 *
 * @param title        defaults to the service name
 * @param description  one paragraph on what the service is for
 * @param version      the API's version
 * @param contactName  who answers questions about the API
 * @param contactEmail their address
 */
@ConfigurationProperties(prefix = "mtp.openapi")
public record OpenApiProperties(String title,
                                @DefaultValue("LSG MTP, Region Jämtland Härjedalen: event-sourced medical-device governance.")
                                String description,
                                @DefaultValue("0.1.0") String version,
                                @DefaultValue("LSG MTP") String contactName,
                                String contactEmail) {
}
