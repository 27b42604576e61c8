package se.rjh.mtp.system;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.ReportingServiceApplication;

/**
 * case-service and reporting-service on one embedded infrastructure, started once for every test class that declares
 * a {@link Running} parameter (JUnit closes it after the last test class of the run).
 */
class CaseAndReporting implements ParameterResolver {

    static final Duration WAIT = Duration.ofSeconds(60);

    record Running(EmbeddedInfrastructure infra, RunningService cases, RunningService reporting)
            implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
            infra.createTopics(EmbeddedInfrastructure.EVENT_TOPICS);
            return new Running(infra,
                    RunningService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra),
                    RunningService.start(ReportingServiceApplication.class, ReportingServiceApplication.NAME, infra));
        }

        @Override
        public void close() {
            reporting.close();
            cases.close();
            infra.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    /** Polls every 100 ms until {@code done} holds, and fails with the last value seen after the timeout. */
    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = probe.get();
        }
        return last;
    }
}
