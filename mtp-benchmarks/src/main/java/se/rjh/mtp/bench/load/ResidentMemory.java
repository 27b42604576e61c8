package se.rjh.mtp.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Resident memory (RSS) of the system under load, from {@code ps -eo pid,ppid,rss,args}. Embedded: this JVM
 * (driver, services and infrastructure together). {@code ./mtp-local.sh}: its launcher JVM (Kafka and the
 * MongoDB-wire server) and the four service JVMs it starts as children ({@code java ... -jar
 * <service>/target/<service>-exec.jar --server.port=<port>}, see {@code LocalLauncher}).
 */
final class ResidentMemory {

    static final String INFRASTRUCTURE = "infrastructure JVM (Kafka + MongoDB-wire server)";

    record Proc(long pid, long ppid, long rssKb, String args) {
    }

    /** The service JVMs' names; each is found by its jar or main class, and by the port it was given. */
    private static final Map<String, List<String>> SERVICES = Map.of(
            "case-service", List.of("case-service-exec.jar", "CaseServiceApplication"),
            "group-service", List.of("group-service-exec.jar", "GroupServiceApplication"),
            "guideline-service", List.of("guideline-service-exec.jar", "GuidelineServiceApplication"),
            "reporting-service", List.of("reporting-service-exec.jar", "ReportingServiceApplication"));
    private static final List<String> LAUNCHER = List.of("mtp-local-exec.jar", "LocalLauncher");

    private ResidentMemory() {
    }

    /** RSS in MB per process of the system under load; empty when {@code ps} fails or nothing matched. */
    static Map<String, Double> measure(Targets external) {
        List<Proc> procs = ps();
        Map<String, Proc> found = external == null ? self(procs) : localStack(procs, external);
        Map<String, Double> mb = new LinkedHashMap<>();
        found.forEach((role, proc) -> mb.put(role + " (pid " + proc.pid() + ")", proc.rssKb() / 1024.0));
        return mb;
    }

    private static Map<String, Proc> self(List<Proc> procs) {
        long pid = ProcessHandle.current().pid();
        Map<String, Proc> found = new LinkedHashMap<>();
        procs.stream().filter(p -> p.pid() == pid).findFirst()
             .ifPresent(p -> found.put("driver JVM (four services + Kafka + MongoDB-wire server + driver)", p));
        return found;
    }

    /**
     * The four services (by jar or main class; with several candidates, the one started with
     * {@code --server.port=<port of its URL>}) and the infrastructure JVM (the services' parent, else the only
     * process running the launcher). Other tenants' stacks on other ports are left out.
     */
    static Map<String, Proc> localStack(List<Proc> procs, Targets urls) {
        Map<String, Proc> found = new LinkedHashMap<>();
        List<Proc> services = new ArrayList<>();
        urls.byService().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Proc> candidates = matching(procs, SERVICES.get(e.getKey()));
            String portArg = "--server.port=" + URI.create(e.getValue()).getPort();
            Optional<Proc> chosen = candidates.size() == 1 ? Optional.of(candidates.get(0))
                    : candidates.stream().filter(p -> p.args().contains(portArg)).findFirst();
            chosen.ifPresent(p -> {
                services.add(p);
                found.put(e.getKey(), p);
            });
        });
        Optional<Proc> parent = services.stream().findFirst()
                .flatMap(s -> procs.stream().filter(p -> p.pid() == s.ppid()).findFirst());
        List<Proc> launchers = matching(procs, LAUNCHER);
        Optional<Proc> infra = parent.isPresent() ? parent
                : launchers.size() == 1 ? Optional.of(launchers.get(0)) : Optional.empty();
        Map<String, Proc> ordered = new LinkedHashMap<>();
        infra.ifPresent(p -> ordered.put(INFRASTRUCTURE, p));
        ordered.putAll(found);
        return ordered;
    }

    private static List<Proc> matching(List<Proc> procs, List<String> markers) {
        return procs.stream().filter(p -> p.args().contains("java") && markers.stream().anyMatch(p.args()::contains))
                    .toList();
    }

    /** Lines of {@code ps -eo pid,ppid,rss,args} (header skipped, unparsable lines ignored). */
    static List<Proc> parsePs(String output) {
        List<Proc> procs = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] parts = line.trim().split("\\s+", 4);
            if (parts.length == 4 && parts[0].chars().allMatch(Character::isDigit)) {
                procs.add(new Proc(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                                   parts[3]));
            }
        }
        return procs;
    }

    private static List<Proc> ps() {
        try {
            Process ps = new ProcessBuilder("ps", "-eo", "pid,ppid,rss,args", "--no-headers", "-ww")
                    .redirectErrorStream(true).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ps.waitFor(10, TimeUnit.SECONDS);
            return parsePs(out);
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
