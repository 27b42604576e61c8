package se.rjh.mtp.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

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
    void eventsFromOtherServicesAreDeadLetteredAndOwnReadModelsRetried() {
        runner.run(context -> {
            FailurePolicies policies = FailurePolicies.of(context.getBean(ProcessingProperties.class), context.getEnvironment());
            assertThat(policies.of("case-decisions")).isEqualTo(OnFailure.DEAD_LETTER);
            assertThat(policies.of("case-list")).isEqualTo(OnFailure.PROPAGATE);
            assertThat(policies.of("not-configured")).isEqualTo(OnFailure.PROPAGATE);
            assertThat(policies.deadLetterGroups()).containsExactly("case-decisions");
        });
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
                    assertThat(policies.deadLetterGroups()).containsExactly("audit");
                });
    }
}
