package se.rjh.mtp.platform.openapi;

import org.springframework.beans.factory.ObjectProvider;
import se.rjh.mtp.platform.web.VersionedResource;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.ServiceProperties;

/** Every service's OpenAPI document gets the same info, security schemes and problem responses, written once. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties({OpenApiProperties.class, ServiceProperties.class})
public class OpenApiConfiguration {

    @Bean
    public OpenApiCustomizer mtpOpenApiConventions(OpenApiProperties openApi, ServiceProperties service,
                                                   ObjectProvider<VersionedResource> versioned) {
        return new OpenApiConventions(openApi, service.serviceName(),
                versioned.orderedStream().map(VersionedResource::pattern).toList());
    }

    @Bean
    public OperationCustomizer mtpOperationSummaries() {
        return OpenApiConventions::summaryFromMethodName;
    }
}
