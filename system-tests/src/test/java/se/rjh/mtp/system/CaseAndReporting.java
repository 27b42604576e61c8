package se.rjh.mtp.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.ReportingServiceApplication;
import se.rjh.mtp.testsupport.StartedService;

/**
 * case-service and reporting-service on one embedded infrastructure, started once for every test class that declares
 * a {@link Running} parameter (JUnit closes it after the last test class of the run).
 */
class CaseAndReporting implements ParameterResolver {

    record Running(EmbeddedInfrastructure infra, StartedService cases, StartedService reporting)
            implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
            infra.createTopics(EmbeddedInfrastructure.EVENT_TOPICS);
            return new Running(infra,
                    StartedService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra),
                    StartedService.start(ReportingServiceApplication.class, ReportingServiceApplication.NAME, infra));
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
}
