package se.rjh.mtp.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class FailurePoliciesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ProcessingProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class)
            .withPropertyValues(
                    "axon.eventhandling.processors.case-decisions.mode=tracking",
                    "axon.eventhandling.processors.case-decisions.source=mtpKafkaSource",
                    "axon.eventhandling.processors.case-list.mode=tracking");

    @Test
    void everyGroupIsDeadLetteredButTheKafkaPublisherRetries() {
        runner.run(context -> {
            FailurePolicies policies = FailurePolicies.of(context.getBean(ProcessingProperties.class), context.getEnvironment());
            assertThat(policies.of("case-decisions")).isEqualTo(OnFailure.DEAD_LETTER);
            assertThat(policies.of("case-list")).isEqualTo(OnFailure.DEAD_LETTER);
            assertThat(policies.of("not-configured")).isEqualTo(OnFailure.DEAD_LETTER);
            assertThat(policies.deadLetters("not-configured")).isTrue();
            assertThat(policies.of(FailurePolicies.KAFKA_PUBLISHER)).isEqualTo(OnFailure.PROPAGATE);
            assertThat(policies.deadLetters("__axon-kafka-event-publishing-group")).isFalse();
        });
    }

    @Test
    void theKafkaPublisherCannotBeMadeToSkipOrParkEvents() {
        for (String policy : new String[] {"dead-letter", "log"}) {
            runner.withPropertyValues("mtp.processing.groups." + FailurePolicies.KAFKA_PUBLISHER + ".on-failure=" + policy)
                    .run(context -> assertThatThrownBy(() -> FailurePolicies.of(
                            context.getBean(ProcessingProperties.class), context.getEnvironment()))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("must be propagate"));
        }
        runner.withPropertyValues("mtp.processing.on-failure.local=log").run(context -> assertThat(FailurePolicies.of(
                context.getBean(ProcessingProperties.class), context.getEnvironment()).of(FailurePolicies.KAFKA_PUBLISHER))
                .isEqualTo(OnFailure.PROPAGATE));
    }

    @Test
    void aGroupsOwnSettingWinsOverTheDefaults() {
        runner.withPropertyValues(
                        "mtp.processing.groups.case-decisions.on-failure=propagate",
                        "mtp.processing.groups.case-list.on-failure=log",
                        "mtp.processing.groups.audit.on-failure=dead-letter",
                        "mtp.processing.on-failure.local=log")
                .run(context -> {
                    FailurePolicies policies = FailurePolicies.of(context.getBean(ProcessingProperties.class),
                            context.getEnvironment());
                    assertThat(policies.of("case-decisions")).isEqualTo(OnFailure.PROPAGATE);
                    assertThat(policies.of("case-list")).isEqualTo(OnFailure.LOG);
                    assertThat(policies.of("other")).isEqualTo(OnFailure.LOG);
                    assertThat(policies.of("audit")).isEqualTo(OnFailure.DEAD_LETTER);
                });
    }
}
