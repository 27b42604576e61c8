package se.rjh.mtp.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Command-line options of {@link LoadDriver}.
 *
 * @param rate        requests per second, open loop
 * @param duration    measured run
 * @param warmup      run at the same rate before measuring (JIT, connection pools); not recorded
 * @param lagSample   every n-th case intake is followed until reporting-service shows it
 * @param urls        null: start the whole system in this JVM; otherwise the running services
 * @param output      where the Markdown summary is written
 * @param connections requests on the wire at once (the client's connection pool); the rest wait in the driver
 */
record LoadOptions(double rate, Duration duration, Duration warmup, int lagSample, Targets urls, Path output,
                   long seed, int connections) {

    static final String USAGE = """
            Usage: run-load.sh [--rate 200] [--duration 10m] [--warmup 30s] [--lag-sample 5] [--seed 1] [--connections 64]
                               [--local | --urls case=URL,group=URL,guideline=URL,reporting=URL]
                               [--out target/load-results.md]
              --local  drive a system started by ./mtp-local.sh (ports 8081-8084)
              default  start Kafka, the MongoDB-wire server (file store) and the four services in this JVM
            """;

    static LoadOptions parse(String[] args) {
        double rate = 200;
        Duration duration = Duration.ofMinutes(10);
        Duration warmup = Duration.ofSeconds(30);
        int lagSample = 5;
        Targets urls = null;
        Path output = Path.of("target/load-results.md");
        long seed = 1;
        int connections = 64;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--duration" -> duration = duration(args[++i]);
                case "--warmup" -> warmup = duration(args[++i]);
                case "--lag-sample" -> lagSample = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--local" -> urls = Targets.local();
                case "--urls" -> urls = Targets.parse(args[++i]);
                case "--out" -> output = Path.of(args[++i]);
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
        return new LoadOptions(rate, duration, warmup, lagSample, urls, output, seed, connections);
    }

    /** "10m", "90s", "1h" or plain seconds. */
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
