package se.rjh.mtp.platform.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** A service started without the prod profile (locally, in tests) listens on loopback only unless told otherwise. */
class LocalBindingTest {

    @Test
    void aLocalServiceListensOnlyOnLoopback() {
        InetAddress bound = boundAddress("--server.port=0");

        assertThat(bound).isNotNull();
        assertThat(bound.isLoopbackAddress()).as("bound to " + bound).isTrue();
    }

    @Test
    void serverAddressOpensItUp() {
        InetAddress bound = boundAddress("--server.port=0", "--server.address=0.0.0.0");

        assertThat(bound).isNotNull();
        assertThat(bound.isAnyLocalAddress()).as("bound to " + bound).isTrue();
    }

    /** The address Tomcat's connector was bound to; {@code null} means every interface. */
    private static InetAddress boundAddress(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WebServerOnly.class).run(args)) {
            TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
            return ((AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler()).getAddress();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ServletWebServerFactoryAutoConfiguration.class)
    static class WebServerOnly {
    }
}
