package se.rjh.mtp.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.groups.GroupServiceApplication;
import se.rjh.mtp.guidelines.GuidelineServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.ReportingServiceApplication;
import se.rjh.mtp.testsupport.StartedService;

/**
 * The embedded infrastructure and the services one test class runs against. Registered on a static field
 * ({@code @RegisterExtension static final SystemUnderTest system = SystemUnderTest.of(CASES, REPORTING);}) it starts
 * them, in the order given, before the class's {@code @BeforeAll} methods, and closes them and whatever else was
 * handed to it, last started first, after the class's last test.
 */
public final class SystemUnderTest implements BeforeAllCallback, AfterAllCallback {

    /** The four services, by their main class and name. */
    public enum Service {
        CASES(CaseServiceApplication.class, CaseServiceApplication.NAME),
        GROUPS(GroupServiceApplication.class, GroupServiceApplication.NAME),
        GUIDELINES(GuidelineServiceApplication.class, GuidelineServiceApplication.NAME),
        REPORTING(ReportingServiceApplication.class, ReportingServiceApplication.NAME);

        private final Class<?> mainClass;
        private final String serviceName;

        Service(Class<?> mainClass, String serviceName) {
            this.mainClass = mainClass;
            this.serviceName = serviceName;
        }

        /** Not yet on any infrastructure: {@link StartedService.Starter#on} says which. */
        public StartedService.Starter starter() {
            return StartedService.of(mainClass, serviceName);
        }
    }

    private final Supplier<EmbeddedInfrastructure> infrastructure;
    private final Map<Service, UnaryOperator<StartedService.Starter>> planned = new LinkedHashMap<>();
    private final Map<Service, StartedService> running = new EnumMap<>(Service.class);
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private EmbeddedInfrastructure infra;

    private SystemUnderTest(Supplier<EmbeddedInfrastructure> infrastructure, Service... services) {
        this.infrastructure = infrastructure;
        for (Service service : services) {
            planned.put(service, UnaryOperator.identity());
        }
    }

    /** The services, each with its defaults, on a fresh in-memory infrastructure. */
    public static SystemUnderTest of(Service... services) {
        return new SystemUnderTest(EmbeddedInfrastructure::startForTests, services);
    }

    /** The same on a MongoDB whose data survives a stop of the server, for tests that restart the store. */
    public static SystemUnderTest onFileStore(Service... services) {
        return new SystemUnderTest(EmbeddedInfrastructure::startForTestsWithFileStore, services);
    }

    /** One more service (started after those before it), with more than its defaults: extra beans, settings. */
    public SystemUnderTest with(Service service, UnaryOperator<StartedService.Starter> settings) {
        planned.put(service, settings);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        infra = closeAtEnd(infrastructure.get());
        planned.forEach((service, settings) -> running.put(service, start(settings.apply(service.starter()))));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        StartedService.closeAll(toClose.toArray(AutoCloseable[]::new));
        toClose.clear();
        running.clear();
    }

    public EmbeddedInfrastructure infra() {
        return infra;
    }

    public StartedService service(Service service) {
        StartedService started = running.get(service);
        if (started == null) {
            throw new IllegalStateException(service + " is not among the services this test class starts");
        }
        return started;
    }

    /** Whether this test class starts the service. */
    public boolean runs(Service service) {
        return running.containsKey(service);
    }

    public StartedService cases() {
        return service(Service.CASES);
    }

    public StartedService groups() {
        return service(Service.GROUPS);
    }

    public StartedService reporting() {
        return service(Service.REPORTING);
    }

    /** Another instance (e.g. a second reporting-service) on this infrastructure, closed with the rest. */
    public StartedService start(StartedService.Starter starter) {
        return closeAtEnd(starter.on(infra).start());
    }

    /** Something the test opened against the system (a client, a probe), closed before the services. */
    public <T extends AutoCloseable> T closeAtEnd(T resource) {
        toClose.push(resource);
        return resource;
    }
}
