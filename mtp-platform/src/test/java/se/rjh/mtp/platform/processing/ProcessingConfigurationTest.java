package se.rjh.mtp.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;

class ProcessingConfigurationTest {

    @Test
    void eachGroupGetsTheErrorHandlerOfItsPolicy() {
        FailurePolicies policies = new FailurePolicies(
                Map.of("case-list", OnFailure.LOG, "assignments", OnFailure.PROPAGATE), OnFailure.PROPAGATE);
        Configurer configurer = DefaultConfigurer.defaultConfiguration();
        new ProcessingConfiguration().mtpFailurePolicies(policies).configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();

        assertThat(configuration.eventProcessingConfiguration().listenerInvocationErrorHandler("case-list"))
                .isInstanceOf(LoggingErrorHandler.class);
        assertThat(configuration.eventProcessingConfiguration().listenerInvocationErrorHandler("assignments"))
                .isInstanceOf(PropagatingErrorHandler.class);
        assertThat(configuration.eventProcessingConfiguration().listenerInvocationErrorHandler("unnamed"))
                .isInstanceOf(PropagatingErrorHandler.class);
    }
}
