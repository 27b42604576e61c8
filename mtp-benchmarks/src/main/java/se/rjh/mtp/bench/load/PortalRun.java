package se.rjh.mtp.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.PortalProcesses;

/**
 * The portal mix's run: the portal given ({@code --portal}, or 8080 with {@code --local}), or else the embedded
 * services (accepting the local issuer's tokens) with the authorization server and the portal started from their
 * jars as {@code mtp-local} starts them; then {@link PortalMix}, and the portal JVM's resident memory after it.
 */
final class PortalRun {

    private final LoadOptions options;

    PortalRun(LoadOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        List<Process> started = new ArrayList<>();
        EmbeddedSystem system = null;
        try {
            String portal = options.portal();
            Targets services = options.urls() != null ? options.urls() : Targets.local();
            Long portalPid = null;
            if (portal == null) {
                int authPort = EmbeddedInfrastructure.freePort();
                int portalPort = EmbeddedInfrastructure.freePort();
                System.out.println("Starting Kafka, the MongoDB-wire server and the four services in this JVM ...");
                system = new EmbeddedSystem(PortalProcesses.serviceArguments(authPort));
                services = system.urls();
                Path root = Path.of("").toAbsolutePath().getParent();
                Path logs = Path.of("target", "portal-mix-logs");
                Process auth = PortalProcesses.startAuthorizationServer(root, authPort, portalPort,
                        logs.resolve("local-auth.log"));
                started.add(auth);
                PortalProcesses.awaitHealthy("the local authorization server", PortalProcesses.issuer(authPort), auth,
                        Duration.ofMinutes(2));
                Process web = PortalProcesses.startPortal(root, portalPort, authPort, new PortalProcesses.ServiceUrls(
                        services.cases(), services.groups(), services.guidelines(), services.reporting()),
                        system.kafkaBootstrapServers(), logs.resolve("web-portal.log"));
                started.add(web);
                portal = PortalProcesses.portalUrl(portalPort);
                PortalProcesses.awaitHealthy("web-portal", portal, web, Duration.ofMinutes(2));
                portalPid = web.pid();
            }
            try (Client client = new Client(8)) {
                LoadDriver.awaitReady(client, services);
            }
            Stats stats = new Stats();
            new PortalMix(portal, services, options.portalThink()).run(options.portalUsers(), options.warmup(),
                    options.duration(), stats);
            Double rss = portalPid != null ? rssMb(portalPid) : null;
            String markdown = String.format(Locale.ROOT, "# Portal load run, %d cores, Java %s, load average %s%n%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    LoadAverage.describe(LoadAverage.read(), false))
                    + PortalMix.render(options.portalUsers(), options.portalThink(), options.duration(), stats, rss);
            System.out.println(markdown);
            Files.createDirectories(options.output().toAbsolutePath().getParent());
            Files.writeString(options.output(), markdown);
            System.out.println("Written " + options.output().toAbsolutePath());
        } finally {
            for (Process process : reversed(started)) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            if (system != null) {
                system.close();
            }
        }
    }

    private static List<Process> reversed(List<Process> processes) {
        List<Process> copy = new ArrayList<>(processes);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Resident memory of a process in MB, from {@code ps}; null when it cannot be read. */
    private static Double rssMb(long pid) {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(pid)).start();
            String out = new String(ps.getInputStream().readAllBytes()).trim();
            return out.isEmpty() ? null : Long.parseLong(out) / 1024.0;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
