package se.rjh.mtp.system.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.StartedService;

/**
 * The four services and the embedded infrastructure, started once for every test class that uses them (the security
 * suite and the OpenAPI contract test; the root extension store closes them when the whole run ends), with every log
 * line captured once they run.
 */
public final class AllServices implements BeforeAllCallback {

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

    public static Map<String, StartedService> services() {
        return running.services;
    }

    static StartedService service(String name) {
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
        final Map<String, StartedService> services = new LinkedHashMap<>();
        final MongoClient mongo;
        final CapturedLogs logs;

        Running() {
            long started = System.nanoTime();
            for (SystemUnderTest.Service service : SystemUnderTest.Service.values()) {
                // Immediate shutdown: the dashboard's event streams would otherwise hold the graceful one for 30 s.
                StartedService instance = service.starter().on(infra).args("--server.shutdown=immediate").start();
                services.put(instance.name(), instance);
            }
            mongo = MongoClients.create(infra.mongoUri());
            // Each Spring Boot start re-initialises Logback and drops added appenders: attach once all have started.
            logs = CapturedLogs.attach();
            System.out.printf("Security suite: four services started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }

        @Override
        public void close() {
            List<AutoCloseable> inReverse = new ArrayList<>(services.values());
            Collections.reverse(inReverse);
            inReverse.add(mongo);
            inReverse.add(infra);
            StartedService.closeAll(inReverse.toArray(AutoCloseable[]::new));
        }
    }
}
