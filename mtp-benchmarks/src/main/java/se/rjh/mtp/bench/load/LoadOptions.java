package se.rjh.mtp.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options of {@link LoadDriver}.
 *
 * @param rate           requests per second, open loop
 * @param duration       measured open-loop run
 * @param warmup         run before the first measurement (JIT, connection pools); not recorded
 * @param lagSample      every n-th case intake is followed until reporting-service shows it
 * @param urls           null: start the whole system in this JVM; otherwise the running services
 * @param output         where the Markdown summary is written
 * @param connections    requests on the wire at once (the client's connection pool); the rest wait in the driver
 * @param openLoop       run the open loop (always, unless only closed-loop clients were asked for)
 * @param clients        closed-loop steps: clients per step, in the order given; empty: no closed loop
 * @param step           measured time of each closed-loop step
 * @param settle         unrecorded time at each step's client count before its measurement
 * @param p99LimitMs     a closed-loop step counts as sustained with p99 at most this (and no errors)
 * @param engineBaseline also measure the event-store engine's 4-thread commands/s, for the whole-system ratio
 * @param portalUsers    the portal mix's signed-in users ({@link PortalMix}); 0: no portal mix
 * @param portalThink    each portal user's pause after each page
 * @param portal         the running portal the mix drives; null: the one this run starts (or, with --local, 8080)
 */
record LoadOptions(double rate, Duration duration, Duration warmup, int lagSample, Targets urls, Path output,
                   long seed, int connections, boolean openLoop, List<Integer> clients, Duration step,
                   Duration settle, double p99LimitMs, boolean engineBaseline, int portalUsers,
                   Duration portalThink, String portal) {

    static final String USAGE = """
            Usage: run-load.sh [--rate 200] [--duration 10m] [--warmup 30s] [--lag-sample 5] [--seed 1] [--connections 64]
                               [--clients 1,2,4,8,16,32 | --closed N] [--step 30s] [--settle 5s] [--p99-limit 250]
                               [--engine-baseline] [--local | --urls case=URL,group=URL,guideline=URL,reporting=URL]
                               [--portal-users 20 [--portal-think 1s] [--portal URL]] [--out target/load-results.md]
            Open loop (default): --rate requests/s on a fixed schedule for --duration, after --warmup.
              --rate R           requests per second (default 200)
              --duration D       measured time (default 10m); durations: 500ms, 30s, 10m, 1h or plain seconds
              --warmup D         unrecorded run before the first measurement (default 30s)
              --connections N    requests on the wire at once; the rest wait in the driver, counted as latency (64)
            Closed loop (saturation): N clients, each sends its next request when the last one answered (no think time).
              --clients A,B,..   one step per client count, in this order (e.g. 1,2,4,8,16,32)
              --closed N         one step of N clients (same as --clients N)
              --step D           measured time per step (default 30s); each step first runs --settle unrecorded
              --settle D         unrecorded time at the step's client count before its measurement (default 5s)
              --p99-limit MS     a step is sustained when p99 <= MS (default 250) and it had no errors; the report
                                 names the sustained step with the highest throughput
              With --clients/--closed only the closed loop runs (after --warmup at the first step's client count);
              give --rate as well to run the open loop first, then the closed-loop steps, in one report.
            Both:
              --lag-sample N     follow every N-th case intake until reporting-service shows it (default 5)
              --seed N           random seed of the traffic mix (default 1)
              --engine-baseline  first measure the event-store engine's 4-thread commands/s (~20 s, EventStoreBenchmark's
                                 measurement, memory backend) for the whole-system ratio req/s / commands/s
              --local            drive a system started by ./mtp-local.sh (ports 8081-8084); RSS per process after the run
              --urls ...         drive running services elsewhere (missing entries default to the local ports)
              default            start Kafka, the MongoDB-wire server (file store) and the four services in this JVM
              --out FILE         Markdown results (default target/load-results.md; also printed)
            Portal mix (instead of the services' mix):
              --portal-users N   N people sign in once each at the authorization server's login form (session cookie
                                 kept) and cycle through Mitt arbete, the case list, a case page, its note form and the
                                 note sent; p50/p95/p99 per page, for --duration after --warmup
              --portal-think D   pause after each page (default 1s)
              --portal URL       drive a running portal (with --local: http://127.0.0.1:8080, signing in at
                                 localhost:9000); default: start the authorization server and the portal from their
                                 jars (mvn -pl web-portal,mtp-local -am package) in front of the embedded services
            The load average (/proc/loadavg) is recorded before and after the run and each step; a run or step that
            started above 2.0 is marked "(busy machine)".
            """;

    static LoadOptions parse(String[] args) {
        double rate = 200;
        boolean rateGiven = false;
        Duration duration = Duration.ofMinutes(10);
        Duration warmup = Duration.ofSeconds(30);
        int lagSample = 5;
        Targets urls = null;
        Path output = Path.of("target/load-results.md");
        long seed = 1;
        int connections = 64;
        List<Integer> clients = List.of();
        Duration step = Duration.ofSeconds(30);
        Duration settle = Duration.ofSeconds(5);
        double p99Limit = 250;
        boolean engineBaseline = false;
        int portalUsers = 0;
        Duration portalThink = Duration.ofSeconds(1);
        String portal = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--rate" -> {
                    rate = Double.parseDouble(value(args, ++i, arg));
                    rateGiven = true;
                }
                case "--duration" -> duration = duration(value(args, ++i, arg));
                case "--warmup" -> warmup = duration(value(args, ++i, arg));
                case "--lag-sample" -> lagSample = Integer.parseInt(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--connections" -> connections = Integer.parseInt(value(args, ++i, arg));
                case "--clients" -> clients = clients(value(args, ++i, arg));
                case "--closed" -> clients = List.of(Integer.parseInt(value(args, ++i, arg).trim()));
                case "--step" -> step = duration(value(args, ++i, arg));
                case "--settle" -> settle = duration(value(args, ++i, arg));
                case "--p99-limit" -> p99Limit = Double.parseDouble(value(args, ++i, arg));
                case "--engine-baseline" -> engineBaseline = true;
                case "--portal-users" -> portalUsers = Integer.parseInt(value(args, ++i, arg).trim());
                case "--portal-think" -> portalThink = duration(value(args, ++i, arg));
                case "--portal" -> portal = value(args, ++i, arg).trim().replaceAll("/+$", "");
                case "--local" -> urls = Targets.local();
                case "--urls" -> urls = Targets.parse(value(args, ++i, arg));
                case "--out" -> output = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        if (rate <= 0 || lagSample < 1 || connections < 1) {
            throw new IllegalArgumentException("--rate must be > 0, --lag-sample and --connections >= 1");
        }
        if (clients.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--clients/--closed: every client count must be >= 1, got " + clients);
        }
        if (step.isZero() || step.isNegative() || p99Limit <= 0) {
            throw new IllegalArgumentException("--step and --p99-limit must be > 0");
        }
        if (portalUsers < 0) {
            throw new IllegalArgumentException("--portal-users must be >= 0");
        }
        if (portal == null && portalUsers > 0 && urls != null) {
            portal = "http://127.0.0.1:8080";
        }
        boolean openLoop = (clients.isEmpty() || rateGiven) && portalUsers == 0;
        return new LoadOptions(rate, duration, warmup, lagSample, urls, output, seed, connections, openLoop, clients,
                               step, settle, p99Limit, engineBaseline, portalUsers, portalThink, portal);
    }

    boolean closedLoop() {
        return !clients.isEmpty();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    /** "1,2,4,8": client counts per step, in the order given. */
    static List<Integer> clients(String text) {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                counts.add(Integer.parseInt(part.trim()));
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("--clients needs at least one count, got '" + text + "'");
        }
        return List.copyOf(counts);
    }

    /** A duration as the options spell it: "10m", "90s", "1h", "500ms". */
    static String text(Duration d) {
        if (d.toMillisPart() != 0 || d.isZero()) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** "10m", "90s", "1h", "500ms" or plain seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        char unit = t.charAt(t.length() - 1);
        if (Character.isDigit(unit)) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("Bad duration " + text);
        };
    }
}
