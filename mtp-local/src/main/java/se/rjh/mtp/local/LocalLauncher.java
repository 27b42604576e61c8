package se.rjh.mtp.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: embedded Kafka, MongoDB-wire server and SMTP server (GreenMail, its mailbox
 * readable at http://127.0.0.1:8025/) with their data under {@code ./data},
 * then the four services, each its own JVM started from the jar its module built, pointed at them by ordinary
 * settings, the local authorization server and the web portal ({@link PortalProcesses}). Everything listens on 127.0.0.1 only: the infrastructure binds there, and the services do so without the
 * prod profile (mtp-platform's local defaults; SERVER_ADDRESS, inherited by the services, overrides it). Ctrl-C
 * stops the services, then the infrastructure, so the data files close cleanly.
 */
public final class LocalLauncher {

    private static final Logger log = LoggerFactory.getLogger(LocalLauncher.class);
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    record Service(String name, int port) {
        Path jar(Path root) {
            return root.resolve(name).resolve("target").resolve(name + "-exec.jar");
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("case-service", 8081), new Service("group-service", 8082),
            new Service("guideline-service", 8083), new Service("reporting-service", 8084));

    /** The portal as {@link ClassDataSharing} sees it: its module's jar, with an archive of its own. */
    static final Service PORTAL = new Service("web-portal", PortalProcesses.PORTAL_PORT);

    /** Where the portal reaches the four services above. */
    static final PortalProcesses.ServiceUrls PORTAL_SERVICES = PortalProcesses.ServiceUrls.local(
            SERVICES.get(0).port(), SERVICES.get(1).port(), SERVICES.get(2).port(), SERVICES.get(3).port());

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("mtp.home", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("MTP_DATA_DIR", root.resolve("data").toString()));
        int kafkaPort = Integer.parseInt(env("MTP_KAFKA_PORT", "9092"));
        int mongoPort = Integer.parseInt(env("MTP_MONGO_PORT", "27017"));
        int smtpPort = Integer.parseInt(env("MTP_SMTP_PORT", "3025"));
        int mailboxPort = Integer.parseInt(env("MTP_MAILBOX_PORT", "8025"));
        for (Service service : SERVICES) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException("Missing " + service.jar(root) + ": build first (see README)");
            }
        }
        if (!Files.exists(PortalProcesses.portalJar(root))) {
            throw new IllegalStateException("Missing " + PortalProcesses.portalJar(root) + ": build first (see README)");
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", kafkaPort);
        ports.put("Kafka controller", kafkaPort + 1);
        ports.put("MongoDB-wire server", mongoPort);
        ports.put("SMTP", smtpPort);
        ports.put("mailbox page", mailboxPort);
        ports.put("authorization server", PortalProcesses.AUTH_PORT);
        ports.put("web-portal", PortalProcesses.PORTAL_PORT);
        SERVICES.forEach(service -> ports.put(service.name(), service.port()));
        requireFreePorts(ports);
        Files.createDirectories(data.resolve("logs"));

        Instant started = Instant.now();
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.start(data.resolve("kafka"), kafkaPort, kafkaPort + 1,
                data.resolve("mongo").resolve("mtp.mv"), mongoPort, smtpPort);
        MailboxPage mailbox = MailboxPage.start(infra.mail(), mailboxPort);
        log.info("Kafka on {}, MongoDB-wire server on {}, SMTP on 127.0.0.1:{}", infra.kafkaBootstrapServers(),
                infra.mongoUri(), smtpPort);

        if (ClassDataSharing.enabled()) {
            ClassDataSharing.prepare(root, SERVICES, serviceJavaOptions(), infrastructureArguments(infra));
        }
        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(processes, mailbox, infra), "mtp-shutdown"));
        // The authorization server first: the portal reads its OpenID configuration when it starts. The services
        // fetch its keys only when the first token arrives.
        Process auth = PortalProcesses.startAuthorizationServer(root, PortalProcesses.AUTH_PORT,
                PortalProcesses.PORTAL_PORT, data.resolve("logs").resolve("local-auth.log"));
        processes.add(auth);
        log.info("Starting the local authorization server on port {}", PortalProcesses.AUTH_PORT);
        for (Service service : SERVICES) {
            processes.add(startService(root, data, service, infra));
        }
        PortalProcesses.awaitHealthy("the local authorization server", PortalProcesses.issuer(PortalProcesses.AUTH_PORT),
                auth, Duration.ofSeconds(180));
        List<String> portalArguments = PortalProcesses.portalArguments(PortalProcesses.PORTAL_PORT,
                PortalProcesses.AUTH_PORT, PORTAL_SERVICES, infra.kafkaBootstrapServers());
        if (ClassDataSharing.enabled()) {
            // Only now: the portal reads the issuer's OpenID configuration while its context refreshes.
            ClassDataSharing.prepare(root, List.of(PORTAL), PortalProcesses.javaOptions(), portalArguments);
        }
        for (Service service : SERVICES) {
            awaitHealthy(service, Duration.ofSeconds(180));
        }
        Process portal = PortalProcesses.startPortal(ClassDataSharing.launch(root, PORTAL), portalArguments,
                data.resolve("logs").resolve("web-portal.log"));
        processes.add(portal);
        log.info("Starting web-portal on port {}", PortalProcesses.PORTAL_PORT);
        PortalProcesses.awaitHealthy("web-portal", PortalProcesses.portalUrl(PortalProcesses.PORTAL_PORT), portal,
                Duration.ofSeconds(180));
        printWelcome(data, Duration.between(started, Instant.now()), mailbox);
        for (Process process : processes) {
            process.waitFor();
        }
    }

    private static Process startService(Path root, Path data, Service service, EmbeddedInfrastructure infra)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ClassDataSharing.java());
        command.addAll(serviceJavaOptions());
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-Dmtp.local.service=" + service.name()));
        command.addAll(ClassDataSharing.launch(root, service));
        command.add("--server.port=" + service.port());
        command.addAll(infrastructureArguments(infra));
        command.addAll(PortalProcesses.serviceArguments(PortalProcesses.AUTH_PORT));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("logs").resolve(service.name() + ".log").toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        log.info("Starting {} on port {}", service.name(), service.port());
        Process process = builder.start();
        // Said here, because nothing else would: the other services and the portal go on without it.
        process.onExit().thenAccept(stopped -> {
            if (!STOPPING.get()) {
                log.error("{} stopped on its own (exit code {}); see data/logs/{}.log", service.name(),
                        stopped.exitValue(), service.name());
            }
        });
        return process;
    }

    /**
     * Refuses to start while any of the stack's ports is taken. A service left over from an earlier run (its launcher
     * killed, or still stopping) would otherwise answer the new stack's health checks, and the new service, unable to
     * bind, would stop unseen: the stack would say it is up with the old code.
     */
    static void requireFreePorts(Map<String, Integer> ports) {
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            try (ServerSocket socket = new ServerSocket()) {
                // As the servers bind: connections of the last run still closing (TIME_WAIT) do not count as taken.
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException inUse) {
                taken.add(what + " " + port);
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + String.join(", ", taken)
                    + ". Is an earlier ./mtp-local.sh (or one of its Java processes) still running? Stop it first.");
        }
    }

    private static List<String> infrastructureArguments(EmbeddedInfrastructure infra) {
        return List.of("--mtp.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--mtp.mongo.uri=" + infra.mongoUri(), "--spring.mail.port=" + infra.mail().smtpPort(),
                "--mtp.notifications.enabled=true");
    }

    private static List<String> serviceJavaOptions() {
        return LocalJvmOptions.fromEnvironment("MTP_SERVICE_JAVA_OPTS", LocalJvmOptions.SERVICES);
    }

    private static void awaitHealthy(Service service, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.info("{} is healthy", service.name());
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " did not become healthy; see data/logs/" + service.name() + ".log");
    }

    private static void printWelcome(Path data, Duration startup, MailboxPage mailbox) {
        StringBuilder text = new StringBuilder("\n\nMTP-plattformen är igång (" + startup.toSeconds() + " s). Data: " + data + "\n\n");
        text.append(String.format("  Portalen:          %s/   (logga in som en demoanvändare nedan)%n",
                PortalProcesses.portalUrl(PortalProcesses.PORTAL_PORT)));
        text.append(String.format("  Inloggningstjänst: %s%n%n", PortalProcesses.issuer(PortalProcesses.AUTH_PORT)));
        for (Service service : SERVICES) {
            text.append(String.format("  %-18s http://127.0.0.1:%d   (Swagger UI: /swagger-ui.html)%n", service.name(), service.port()));
        }
        text.append("\n  Instrumentpanel:   http://127.0.0.1:8084/\n  E-post (lokal):    ").append(mailbox.url())
                .append("   (allt som tjänsterna skickat, senaste först)\n\n  Demoanvändare (lösenord = användarnamn):\n")
                .append("    registrator (REGISTRAR), handlaggare (CASE_OFFICER), ordforande (LSG_CHAIR),\n")
                .append("    lag (LAG_MEMBER), revisor (AUDITOR), admin (ADMIN)\n\n  Stoppa med Ctrl-C.\n");
        System.out.println(text);
    }

    private static void stopAll(List<Process> processes, MailboxPage mailbox, EmbeddedInfrastructure infra) {
        STOPPING.set(true);
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mailbox.close();
        infra.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private LocalLauncher() {
    }
}
