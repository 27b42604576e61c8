package se.rjh.mtp.system.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the Grafana dashboard queries, read from its JSON, so a test can hold them against a scrape. */
public final class DashboardQueries {

    public static final Path DASHBOARD = ComposeFileTest.ROOT.resolve("deploy/grafana/dashboards/mtp-operations.json");
    /** Exported by reporting-service's own code (by prefix, queried with a name pattern), and Prometheus' own. */
    public static final String REPORTING_PREFIX = "mtp_reporting_";
    private static final Pattern METRIC_BEFORE_SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private DashboardQueries() {
    }

    /** Names that stand directly before a label selector in any panel's query, except Prometheus' {@code up}. */
    public static Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        try {
            JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
            for (JsonNode expression : dashboard.findValues("expr")) {
                Matcher matcher = METRIC_BEFORE_SELECTOR.matcher(expression.asText());
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.remove("up");
        return names;
    }

    /** The metric names in a Prometheus text exposition. */
    public static Set<String> scrapedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        return names;
    }
}
