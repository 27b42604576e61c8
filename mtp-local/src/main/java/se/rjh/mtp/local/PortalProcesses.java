package se.rjh.mtp.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The web portal and the local authorization server it signs in at, each its own JVM started from the jar its
 * module built: by {@link LocalLauncher} and by the portal's browser test, the same way.
 *
 * <p>The authorization server is reached as {@code localhost}, the portal as {@code 127.0.0.1}: a browser keeps
 * cookies per host name, so the two sessions never overwrite each other.
 */
public final class PortalProcesses {

    public static final int AUTH_PORT = 9000;
    public static final int PORTAL_PORT = 8080;
    /** The authorization server's main class in mtp-local's jar (started through Spring Boot's PropertiesLauncher). */
    static final String AUTH_MAIN = "se.rjh.mtp.local.auth.LocalAuthorizationServer";

    private PortalProcesses() {
    }

    /** The issuer as the portal, the services and the browser all reach it. */
    public static String issuer(int authPort) {
        return "http://localhost:" + authPort;
    }

    public static String portalUrl(int portalPort) {
        return "http://127.0.0.1:" + portalPort;
    }

    /** What makes a service accept the local issuer's tokens besides the demo users' HTTP Basic. */
    public static List<String> serviceArguments(int authPort) {
        return List.of("--mtp.security.mode=both",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(authPort));
    }

    public static Path authorizationServerJar(Path root) {
        return root.resolve("mtp-local").resolve("target").resolve("mtp-local-exec.jar");
    }

    public static Path portalJar(Path root) {
        return root.resolve("web-portal").resolve("target").resolve("web-portal-exec.jar");
    }

    /** {@link LocalJvmOptions#PORTAL}, or what {@code MTP_PORTAL_JAVA_OPTS} says instead. */
    public static List<String> javaOptions() {
        return LocalJvmOptions.fromEnvironment("MTP_PORTAL_JAVA_OPTS", LocalJvmOptions.PORTAL);
    }

    public static Process startAuthorizationServer(Path root, int authPort, int portalPort, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(ClassDataSharing.java()));
        command.addAll(javaOptions());
        command.addAll(List.of("-Dloader.main=" + AUTH_MAIN, "-jar", require(authorizationServerJar(root)).toString(),
                "--server.port=" + authPort, "--mtp.auth.portal-url=" + portalUrl(portalPort)));
        return start(command, log);
    }

    /** Where the portal reaches each service; a service that is not started answers nothing there. */
    public record ServiceUrls(String cases, String groups, String guidelines, String reporting) {
        /** Every service on 127.0.0.1 at its port. */
        public static ServiceUrls local(int cases, int groups, int guidelines, int reporting) {
            return new ServiceUrls(loopback(cases), loopback(groups), loopback(guidelines), loopback(reporting));
        }

        public static String loopback(int port) {
            return "http://127.0.0.1:" + port;
        }
    }

    /** @param kafkaBootstrapServers where the services publish their events, for the live case pages */
    public static Process startPortal(Path root, int portalPort, int authPort, ServiceUrls services,
                                      String kafkaBootstrapServers, Path log) throws IOException {
        return startPortal(List.of("-jar", require(portalJar(root)).toString()),
                portalArguments(portalPort, authPort, services, kafkaBootstrapServers), log);
    }

    /**
     * @param launch how the JVM finds the portal: {@code -jar} and the packaged jar, or with {@link ClassDataSharing}
     *               the extracted jar and its archive
     */
    static Process startPortal(List<String> launch, List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(ClassDataSharing.java()));
        command.addAll(javaOptions());
        command.addAll(launch);
        command.addAll(arguments);
        return start(command, log);
    }

    /** The portal's port, issuer, services and brokers, as program arguments. */
    static List<String> portalArguments(int portalPort, int authPort, ServiceUrls services,
                                        String kafkaBootstrapServers) {
        return List.of("--server.port=" + portalPort,
                "--spring.security.oauth2.client.provider.mtp.issuer-uri=" + issuer(authPort),
                "--mtp.portal.case-service-url=" + services.cases(),
                "--mtp.portal.group-service-url=" + services.groups(),
                "--mtp.portal.guideline-service-url=" + services.guidelines(),
                "--mtp.portal.reporting-service-url=" + services.reporting(),
                "--mtp.kafka.bootstrap-servers=" + kafkaBootstrapServers);
    }

    /** Waits for {@code /actuator/health} to answer 200; fails at once when the process has ended. */
    public static void awaitHealthy(String name, String baseUrl, Process process, Duration timeout)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(name + " did not become healthy within " + timeout);
    }

    private static Path require(Path jar) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build first (mvn -DskipTests package)");
        }
        return jar;
    }

    private static Process start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // Two malloc arenas instead of one per core and thread group, as mtp-local.sh sets for every JVM.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return builder.start();
    }
}
