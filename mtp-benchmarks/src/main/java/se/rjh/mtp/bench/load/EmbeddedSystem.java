package se.rjh.mtp.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.groups.GroupServiceApplication;
import se.rjh.mtp.guidelines.GuidelineServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;
import se.rjh.mtp.reporting.ReportingServiceApplication;

/**
 * Kafka, the MongoDB-wire server and the four services in this JVM, on random ports. The store is the H2 file
 * backend (as {@code ./mtp-local.sh} uses), so stored events do not count as heap: heap growth is the services'.
 */
final class EmbeddedSystem implements AutoCloseable {

    private final EmbeddedInfrastructure infra;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final Targets urls;
    private final List<String> extraArguments;

    EmbeddedSystem() {
        this(List.of());
    }

    /** @param extraArguments given to every service, e.g. to accept an authorization server's tokens */
    EmbeddedSystem(List<String> extraArguments) {
        this.extraArguments = List.copyOf(extraArguments);
        infra = EmbeddedInfrastructure.startForTestsWithFileStore();
        try {
            String cases = start(CaseServiceApplication.class, CaseServiceApplication.NAME);
            String groups = start(GroupServiceApplication.class, GroupServiceApplication.NAME);
            String guidelines = start(GuidelineServiceApplication.class, GuidelineServiceApplication.NAME);
            String reporting = start(ReportingServiceApplication.class, ReportingServiceApplication.NAME);
            urls = new Targets(cases, groups, guidelines, reporting);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    Targets urls() {
        return urls;
    }

    String kafkaBootstrapServers() {
        return infra.kafkaBootstrapServers();
    }

    private String start(Class<?> main, String name) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        args.addAll(extraArguments);
        for (Map.Entry<String, Object> entry : infra.serviceProperties().entrySet()) {
            args.add("--" + entry.getKey() + "=" + entry.getValue());
        }
        ConfigurableApplicationContext context = MtpApplication.builder(main, name).run(args.toArray(String[]::new));
        services.add(context);
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (RuntimeException e) {
                System.err.println("Stopping a service failed: " + e);
            }
        }
        infra.close();
    }
}
