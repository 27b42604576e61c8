package se.rjh.mtp.system.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.groups.GroupServiceApplication;
import se.rjh.mtp.guidelines.GuidelineServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;
import se.rjh.mtp.reporting.ReportingServiceApplication;

/**
 * The four services and the embedded infrastructure, started once for every test class of this package (the
 * root extension store closes them when the whole run ends), with every log line captured once they run.
 */
final class AllServices implements BeforeAllCallback {

    /** One running service: its name, base URL and Spring context. */
    record Service(String name, String baseUrl, ConfigurableApplicationContext context) {
        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (AllServices.class) {
            if (running == null) {
                running = new Running();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(AllServices.class.getName(), running);
            }
        }
    }

    static Map<String, Service> services() {
        return running.services;
    }

    static Service service(String name) {
        return running.services.get(name);
    }

    static CapturedLogs logs() {
        return running.logs;
    }

    static MongoClient mongo() {
        return running.mongo;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
        final Map<String, Service> services = new LinkedHashMap<>();
        final MongoClient mongo;
        final CapturedLogs logs;

        Running() {
            long started = System.nanoTime();
            start(CaseServiceApplication.class, CaseServiceApplication.NAME);
            start(GroupServiceApplication.class, GroupServiceApplication.NAME);
            start(GuidelineServiceApplication.class, GuidelineServiceApplication.NAME);
            start(ReportingServiceApplication.class, ReportingServiceApplication.NAME);
            mongo = MongoClients.create(infra.mongoUri());
            // Each Spring Boot start re-initialises Logback and drops added appenders: attach once all have started.
            logs = CapturedLogs.attach();
            System.out.printf("Security suite: four services started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }

        private void start(Class<?> mainClass, String name) {
            // Immediate shutdown: the dashboard's event streams would otherwise hold the graceful one for 30 s.
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.shutdown=immediate"));
            infra.serviceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
            ConfigurableApplicationContext context = MtpApplication.builder(mainClass, name).run(args.toArray(String[]::new));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            services.put(name, new Service(name, "http://127.0.0.1:" + port, context));
        }

        @Override
        public void close() {
            List<Service> reversed = new ArrayList<>(services.values());
            java.util.Collections.reverse(reversed);
            for (Service service : reversed) {
                try {
                    service.context().close();
                } catch (RuntimeException ignored) {
                    // closing the rest matters more
                }
            }
            if (mongo != null) {
                mongo.close();
            }
            infra.close();
        }
    }
}
