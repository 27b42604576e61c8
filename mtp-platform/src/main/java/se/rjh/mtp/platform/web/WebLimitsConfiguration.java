package se.rjh.mtp.platform.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.rjh.mtp.platform.security.EarlyMethodAuthorization;

/**
 * What every service's HTTP side refuses before reading a request (bodies over the limit, callers without the role)
 * and how long it may take to answer one; {@code ETag}/{@code If-Match} on each {@link VersionedResource}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
public class WebLimitsConfiguration {

    @Bean
    public RequestBodyLimitFilter requestBodyLimitFilter(WebProperties web) {
        return new RequestBodyLimitFilter(web.maxRequestBody().toBytes());
    }

    @Bean
    public RequestTimeoutFilter requestTimeoutFilter(WebProperties web) {
        return new RequestTimeoutFilter(web.requestTimeout(), web.maxConcurrentRequests());
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(ProblemErrorReportValve.installer());
    }

    @Bean
    public ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    public WebMvcConfigurer earlyMethodAuthorizationConfigurer(ObjectProvider<VersionedResource> versioned,
                                                                WebProperties web) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EarlyMethodAuthorization());
                // After the role check: a caller without the role learns no version.
                List<VersionedResource> resources = versioned.orderedStream().toList();
                if (!resources.isEmpty()) {
                    registry.addInterceptor(new AggregateVersionInterceptor(resources, web.readYourWritesWait()));
                }
            }
        };
    }
}
