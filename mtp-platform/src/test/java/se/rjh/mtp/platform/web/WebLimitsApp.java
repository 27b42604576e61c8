package se.rjh.mtp.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Spring MVC on real Tomcat (a random port) with the platform's web limits and a test's own handlers, for the tests
 * of those limits, started once per test class ({@code @RegisterExtension}); every request carries the correlation id
 * {@link #CORRELATION_ID}. It stops without waiting for requests still in a handler: a failed test may leave one
 * waiting for its latch.
 */
final class WebLimitsApp implements BeforeAllCallback, AfterAllCallback {

    static final String CORRELATION_ID = "web-limits-test";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private final Class<?> handlers;
    private final String[] settings;
    private ConfigurableApplicationContext context;
    private String base;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
    @Import({WebLimitsConfiguration.class, ProblemDetailsAdvice.class})
    static class App {
        @Bean
        CorrelationIdFilter correlationIdFilter() {
            return new CorrelationIdFilter();
        }
    }

    WebLimitsApp(Class<?> handlers, String... settings) {
        this.handlers = handlers;
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        String[] args = new String[settings.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--server.address=127.0.0.1";
        args[2] = "--server.shutdown=immediate";
        System.arraycopy(settings, 0, args, 3, settings.length);
        context = new SpringApplicationBuilder(App.class, handlers).web(WebApplicationType.SERVLET).run(args);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        context.close();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A {@code GET} without a body, or a {@code POST} of {@code {}}. */
    CompletableFuture<HttpResponse<String>> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Correlation-Id", CORRELATION_ID)
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                                                      : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json").build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
