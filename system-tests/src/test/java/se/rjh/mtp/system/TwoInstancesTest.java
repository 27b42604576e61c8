package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.system.SystemUnderTest.Service;
import se.rjh.mtp.system.deployment.DashboardQueries;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Scaling out: two instances of reporting-service share one MongoDB database (and so one token store) and one
 * Kafka cluster. The {@code case-pipeline} processor is split into two segments; each instance claims one through
 * the token store. A recording handler in the same processing group (so under the same segment rules as the real
 * projection) notes which instance handled which event: together they handle every record on the topic exactly
 * once, and no event is handled by both.
 */
class TwoInstancesTest {

    private static final int CASES = 30;
    private static final String TOPIC = "mtp.cases.events";
    /** instance name → what it handled, in order; a duplicate within or across instances stays visible. */
    static final Map<String, List<Handled>> HANDLED = new ConcurrentHashMap<>();

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(Service.CASES);
    private static StartedService reportingA;
    private static StartedService reportingB;

    @BeforeAll
    static void startTwoReportingInstances() {
        reportingA = system.start(reportingInstance("A"));
        reportingB = system.start(reportingInstance("B"));
    }

    private static StartedService.Starter reportingInstance(String instance) {
        return Service.REPORTING.starter().with(RecordingHandlerConfiguration.class, InstanceTokenStore.class)
                .args("--axon.eventhandling.processors.case-pipeline.initial-segment-count=2",
                        "--axon.eventhandling.processors.case-pipeline.thread-count=1",
                        InstanceTokenStore.arg(instance));
    }

    @Test
    void everyRecordIsHandledExactlyOnceAndNoEventByBothInstances() throws Exception {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < CASES; i++) {
            TestHttp.Response response = TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                    {"subject": "Skalningstest %d", "caseType": "OTHER", "channel": "EMAIL",
                     "submitter": {"name": "Test"}, "receivedOn": "2026-11-20"}
                    """.formatted(i));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            created.add(response.json().get("id").asText());
        }

        Instant deadline = Instant.now().plusSeconds(40);
        while (!handledCases().containsAll(created) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        // Give a late duplicate (a segment handled twice) time to show up before judging.
        Thread.sleep(1500);

        assertThat(handledCases()).as("every case handled by one of the instances (none missed)").containsAll(created);
        // The outbox delivers at least once: a publication retried after a timeout is a second record of the same
        // event, which the idempotent projections absorb. So count per Kafka record, not per event.
        // A retried publication may land after the first read of the topic, and be handled a moment later.
        Map<String, Long> records = Await.value("each record on the topic handled", Duration.ofSeconds(30),
                () -> new TreeMap<>(recordsPerEventId()), onTopic -> onTopic.equals(handledPerEventId()));
        assertThat(handledPerEventId()).as("each record on the topic handled exactly once").isEqualTo(records);
        Set<String> byA = eventIds("A");
        Set<String> byB = eventIds("B");
        assertThat(byA).as("instance A took a share").isNotEmpty();
        assertThat(byB).as("instance B took a share").isNotEmpty();
        byA.retainAll(byB);
        assertThat(byA).as("events handled by both instances").isEmpty();
    }

    /** Holds the Grafana dashboard against what the services really export once commands and events have flowed. */
    @Test
    void theOperationsDashboardQueriesMetricsTheServicesExport() throws Exception {
        TestHttp.Response created = TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                {"subject": "Panelkontroll", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Test"}, "receivedOn": "2026-11-20"}
                """);
        assertThat(created.status()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!handledCases().contains(caseId) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Set<String> exported = new HashSet<>();
        exported.addAll(DashboardQueries.scrapedNames(TestHttp.get(system.cases().baseUrl() + "/actuator/prometheus", "admin").body()));
        for (StartedService reporting : List.of(reportingA, reportingB)) {
            exported.addAll(DashboardQueries.scrapedNames(TestHttp.get(reporting.url("/actuator/prometheus"), "admin")
                    .body()));
        }
        Set<String> queried = DashboardQueries.metricNames();
        queried.removeIf(name -> name.startsWith(DashboardQueries.REPORTING_PREFIX));
        assertThat(queried).as("dashboard queries").isNotEmpty();
        assertThat(exported).as("metrics exported by case-service and reporting-service").containsAll(queried);
    }

    private static Set<String> handledCases() {
        Set<String> all = new HashSet<>();
        HANDLED.values().forEach(list -> list.forEach(h -> all.add(h.caseId())));
        return all;
    }

    private static Set<String> eventIds(String instance) {
        Set<String> ids = new HashSet<>();
        HANDLED.getOrDefault(instance, List.of()).forEach(h -> ids.add(h.eventId()));
        return ids;
    }

    /** How many times the two instances handled each event, over both. */
    private static Map<String, Long> handledPerEventId() {
        Map<String, Long> handled = new TreeMap<>();
        HANDLED.values().forEach(list -> list.forEach(h -> handled.merge(h.eventId(), 1L, Long::sum)));
        return handled;
    }

    /** Reads the whole case topic: how many records carry each event (Axon message id header). */
    private static Map<String, Long> recordsPerEventId() {
        Map<String, Long> counts = new TreeMap<>();
        new KafkaTopics(system.infra().kafkaBootstrapServers()).readAll(TOPIC)
                .forEach(r -> counts.merge(KafkaTopics.header(r, KafkaTopics.MESSAGE_ID), 1L, Long::sum));
        return counts;
    }

    /** Adds the recording handler to one reporting-service instance. */
    @Configuration(proxyBeanMethods = false)
    static class RecordingHandlerConfiguration {
        @Bean
        RecordingHandler twoInstancesRecordingHandler(@Value("${" + InstanceTokenStore.PROPERTY + "}") String instance) {
            return new RecordingHandler(HANDLED.computeIfAbsent(instance, k -> new CopyOnWriteArrayList<>()));
        }
    }

    record Handled(String eventId, String caseId) {
    }

    @ProcessingGroup("case-pipeline")
    static class RecordingHandler {
        private final Collection<Handled> handled;

        RecordingHandler(Collection<Handled> handled) {
            this.handled = handled;
        }

        @EventHandler
        void on(CaseReceived event, @MessageIdentifier String eventId) {
            handled.add(new Handled(eventId, event.caseId()));
        }
    }
}
