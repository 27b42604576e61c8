package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher refuses to start over a port something else listens on, and names it. */
class LocalLauncherPortsTest {

    @Test
    void aTakenPortIsNamedAndNothingStarts() throws Exception {
        try (ServerSocket leftOver = new ServerSocket()) {
            leftOver.bind(new InetSocketAddress("127.0.0.1", 0));
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("web-portal", EmbeddedInfrastructure.freePort());
            ports.put("case-service", leftOver.getLocalPort());

            assertThatThrownBy(() -> LocalLauncher.requireFreePorts(ports))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("case-service " + leftOver.getLocalPort())
                    .hasMessageNotContaining("web-portal");
        }
    }

    @Test
    void freePortsPass() {
        assertThatCode(() -> LocalLauncher.requireFreePorts(Map.of("case-service", EmbeddedInfrastructure.freePort())))
                .doesNotThrowAnyException();
    }
}
