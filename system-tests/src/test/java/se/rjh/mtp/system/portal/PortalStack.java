package se.rjh.mtp.system.portal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.PortalProcesses;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.system.SystemUnderTest.Service;

/**
 * The portal and the local authorization server in front of the services a browser test starts: the services accept
 * the issuer's tokens, and the portal and the authorization server run as their own JVMs from their modules' jars,
 * as {@code mtp-local} starts them. A service the test does not start has an address where nothing answers, so the
 * pages that need it say it is unavailable. As a JUnit extension it starts the services, then the authorization
 * server and the portal, before the test class's own {@code @BeforeAll} methods; all of them stop after the class.
 *
 * <pre>{@code
 * @RegisterExtension static final PortalStack portal = PortalStack.of(Service.CASES, Service.GROUPS);
 * }</pre>
 */
public final class PortalStack implements BeforeAllCallback, AfterAllCallback {

    private static final Path LOGS = Path.of("target", "portal-test-logs");

    private final int authPort = EmbeddedInfrastructure.freePort();
    private final int portalPort = EmbeddedInfrastructure.freePort();
    private final SystemUnderTest system = SystemUnderTest.of();

    private PortalStack(Service... services) {
        for (Service service : services) {
            system.with(service, starter -> starter.args(
                    PortalProcesses.serviceArguments(authPort).toArray(String[]::new)));
        }
    }

    /** The portal in front of these services, each accepting its issuer's tokens besides the demo users' HTTP Basic. */
    public static PortalStack of(Service... services) {
        return new PortalStack(services);
    }

    /** The services behind the portal. */
    public SystemUnderTest system() {
        return system;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        system.beforeAll(context);
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        system.afterAll(context);
    }

    /** Starts the authorization server, then the portal against the system's services; both stop with it. */
    private void start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        String name = Long.toString(portalPort);
        Process auth = PortalProcesses.startAuthorizationServer(root, authPort, portalPort,
                LOGS.resolve("local-auth-" + name + ".log"));
        system.closeAtEnd(() -> stop(auth));
        PortalProcesses.awaitHealthy("the local authorization server", issuer(), auth, Duration.ofSeconds(120));
        PortalProcesses.ServiceUrls services = new PortalProcesses.ServiceUrls(url(system, Service.CASES),
                url(system, Service.GROUPS), url(system, Service.GUIDELINES), url(system, Service.REPORTING));
        Process portal = PortalProcesses.startPortal(root, portalPort, authPort, services,
                system.infra().kafkaBootstrapServers(), LOGS.resolve("web-portal-" + name + ".log"));
        system.closeAtEnd(() -> stop(portal));
        PortalProcesses.awaitHealthy("web-portal", url(), portal, Duration.ofSeconds(120));
    }

    /** The portal's address. */
    public String url() {
        return PortalProcesses.portalUrl(portalPort);
    }

    /** The authorization server's address, the issuer of the tokens. */
    public String issuer() {
        return PortalProcesses.issuer(authPort);
    }

    private static String url(SystemUnderTest system, Service service) {
        return system.runs(service) ? system.service(service).baseUrl()
                : PortalProcesses.ServiceUrls.loopback(EmbeddedInfrastructure.freePort());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
