package se.rjh.mtp.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Declared processors get the platform's batch size unless they set their own. */
class ProcessorBatchSizeTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EventProcessorProperties.class)
    static class AxonProcessorProperties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AxonProcessorProperties.class, ProcessingConfiguration.class)
            .withPropertyValues(
                    "axon.eventhandling.processors.case-list.mode=tracking",
                    "axon.eventhandling.processors.case-decisions.mode=tracking",
                    "axon.eventhandling.processors.case-decisions.source=mtpKafkaSource",
                    "axon.eventhandling.processors.audit.mode=tracking",
                    "axon.eventhandling.processors.audit.batch-size=1");

    @Test
    void processorsWithoutTheirOwnBatchSizeGetThePlatformDefault() {
        runner.run(context -> {
            EventProcessorProperties axon = context.getBean(EventProcessorProperties.class);
            assertThat(axon.getProcessors().get("case-list").getBatchSize()).isEqualTo(50);
            assertThat(axon.getProcessors().get("case-decisions").getBatchSize()).isEqualTo(50);
            assertThat(axon.getProcessors().get("audit").getBatchSize()).as("set by the service").isEqualTo(1);
        });
    }

    @Test
    void theDefaultIsOneSetting() {
        runner.withPropertyValues("mtp.processing.batch-size=7").run(context ->
                assertThat(context.getBean(EventProcessorProperties.class).getProcessors().get("case-list")
                        .getBatchSize()).isEqualTo(7));
    }
}
