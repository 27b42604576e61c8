package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The publisher's position is kept in the service's token store: after a restart no stored event is published
 * again as new, and none is skipped.
 */
class PublisherRestartTest {

    @Test
    void restartPublishesEachEventExactlyOnce() {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests()) {
            List<String> ids = new ArrayList<>();
            try (StartedService cases = StartedService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra)) {
                for (int i = 0; i < 3; i++) {
                    ids.add(receive(cases, "Före omstart " + i));
                }
                assertThat(new KafkaTopics(infra.kafkaBootstrapServers()).keys("mtp.cases.events", 3, Duration.ofSeconds(20)))
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
            try (StartedService cases = StartedService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra)) {
                ids.add(receive(cases, "Efter omstart"));
                List<String> keys = new KafkaTopics(infra.kafkaBootstrapServers()).keys("mtp.cases.events", 4, Duration.ofSeconds(20));
                System.out.printf("Published after restart: %d records for %d stored events%n", keys.size(), ids.size());
                assertThat(keys).containsExactlyInAnyOrderElementsOf(ids);
            }
        }
    }

    private static String receive(StartedService cases, String subject) {
        TestHttp.Response response = TestHttp.post(cases.baseUrl() + "/api/cases", "registrator", """
                {"subject": "%s", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "2026-11-20"}
                """.formatted(subject));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asText();
    }
}
