package se.rjh.mtp.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.rjh.mtp.platform.security.EarlyMethodAuthorization;

/** What every service's HTTP side refuses before reading a request: bodies over the limit, callers without the role. */
@Configuration(proxyBeanMethods = false)
public class WebLimitsConfiguration {

    @Bean
    public RequestBodyLimitFilter requestBodyLimitFilter(@Value("${mtp.web.max-request-body:1MB}") DataSize max) {
        return new RequestBodyLimitFilter(max.toBytes());
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
    public WebMvcConfigurer earlyMethodAuthorizationConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EarlyMethodAuthorization());
            }
        };
    }
}
