package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.function.UnaryOperator;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.cases.domain.VoidCase;
import se.rjh.mtp.platform.eventstore.MongoDuplicateKeyResolver;
import se.rjh.mtp.system.InstanceTokenStore;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Many users press the same button at the same moment. Registration of one case is allowed once: one request
 * wins, every other gets 409, and neither the case's history nor the diarienummer series has a gap or a double.
 * Registrations of different cases are all allowed: all win, with consecutive numbers. Within one instance Axon's
 * aggregate lock already orders the racers; with two instances ({@link RaceAfterLoad} lets both load the case
 * before either appends) only the event store's unique index on (aggregate, sequence) stands between them.
 */
class ConcurrentConflictTest {

    static final int RACERS = 100;
    static final int DIFFERENT_CASES = 20;

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of().with(CASES, raceAfterLoadIn("A"));
    private static Stores stores;
    private static StartedService secondCases;

    @BeforeAll
    static void openStoresAndStartASecondInstance() {
        stores = system.closeAtEnd(new Stores(system.infra().mongoUri()));
        secondCases = system.start(raceAfterLoadIn("B").apply(CASES.starter()));
    }

    /** Every racer is let in at once: the race is for the aggregate, not for the bound on requests at once. */
    private static UnaryOperator<StartedService.Starter> raceAfterLoadIn(String instance) {
        return starter -> starter.with(RaceAfterLoad.class, InstanceTokenStore.class)
                .args(InstanceTokenStore.arg(instance), "--mtp.web.max-concurrent-requests=" + (RACERS + 10));
    }

    /**
     * Two voidings of one case, one per instance, both past their instance's aggregate lock: both load the case at
     * sequence 0 and both try to append CaseVoided at sequence 1. The store refuses the second on its unique index,
     * and that request gets 409 "Concurrent modification" as a problem; the case is voided once.
     */
    @Test
    void twoInstancesRacingPastTheirLocksAreDecidedByTheStoresUniqueIndex() {
        String caseId = CaseEvents.receive(system.cases(), "Samtidig makulering");
        List<StartedService> instances = List.of(system.cases(), secondCases);
        RaceAfterLoad.arm(VoidCase.class, instances.size());
        List<TestHttp.Response> responses;
        try {
            responses = Load.parallel(instances.size(), instances.size(), new AtomicInteger(),
                    i -> TestHttp.post(instances.get(i).url("/api/cases/" + caseId + "/voiding"), "registrator",
                            "{\"reason\": \"Dubblett\"}"));
        } finally {
            RaceAfterLoad.disarm();
        }
        Map<Integer, Integer> byStatus = countByStatus(responses);
        List<Throwable> failures = RaceAfterLoad.COMMIT_FAILURES;
        System.out.printf("Two instances voiding one case -> %s; commit failures: %s%n", byStatus, failures);
        assertThat(byStatus).containsOnlyKeys(200, 409).containsEntry(200, 1).containsEntry(409, 1);
        TestHttp.Response loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.json().get("title").asText()).as(loser.body()).isEqualTo("Concurrent modification");
        // The loser's unit of work failed at commit on the store's duplicate key, not in its handler.
        assertThat(failures).as("commit failures of the raced commands").singleElement()
                .isInstanceOf(ConcurrencyException.class)
                .satisfies(f -> assertThat(new MongoDuplicateKeyResolver().isDuplicateKeyViolation((Exception) f.getCause()))
                        .as("duplicate key on the store's unique index: %s", f.getCause()).isTrue())
                .satisfies(f -> assertThat(f.getCause()).hasMessageContaining("streamKeys_unique"));

        JsonNode history = TestHttp.get(system.cases().url("/api/cases/" + caseId + "/history"), "revisor").json();
        List<String> types = new ArrayList<>();
        history.forEach(e -> types.add(e.get("sequence").asLong() + " " + e.get("type").asText()));
        assertThat(types).containsExactly("0 CaseReceived", "1 CaseVoided");
        assertThat(stores.storedEvents("mtp-cases")).filteredOn(e -> caseId.equals(e.getString("a"))).hasSize(2);
    }

    @Test
    void oneOfAHundredRegistrationsOfOneCaseWins() {
        String caseId = CaseEvents.receive(system.cases(), "Samtidig registrering");
        List<TestHttp.Response> responses = race(RACERS, i -> caseId);
        Map<Integer, Integer> byStatus = countByStatus(responses);
        System.out.printf("Concurrent conflict: %d registrations of one case -> %s%n", RACERS, byStatus);
        assertThat(byStatus).containsOnlyKeys(200, 409).containsEntry(200, 1).containsEntry(409, RACERS - 1);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allMatch(r -> r.contentType().startsWith("application/problem+json"));

        JsonNode history = TestHttp.get(system.cases().url("/api/cases/" + caseId + "/history"), "revisor").json();
        List<Long> sequences = new ArrayList<>();
        history.forEach(e -> sequences.add(e.get("sequence").asLong()));
        assertThat(sequences).containsExactly(0L, 1L);
        assertThat(history.get(1).get("type").asText()).isEqualTo("CaseRegistered");
        assertSeriesWithoutGaps();
    }

    @Test
    void registrationsOfDifferentCasesAllWinWithConsecutiveNumbers() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DIFFERENT_CASES; i++) {
            ids.add(CaseEvents.receive(system.cases(), "Parallell registrering " + i));
        }
        List<TestHttp.Response> responses = race(DIFFERENT_CASES, ids::get);
        Map<Integer, Integer> byStatus = countByStatus(responses);
        System.out.printf("Concurrent registrations of %d different cases -> %s%n", DIFFERENT_CASES, byStatus);
        assertThat(byStatus).containsOnlyKeys(200).containsEntry(200, DIFFERENT_CASES);
        assertSeriesWithoutGaps();
    }

    /** The series' events in the store: sequences 0..n-1 and numbers 1..n, each case once. */
    private static void assertSeriesWithoutGaps() {
        List<Document> series = stores.storedEvents("mtp-cases").stream()
                .filter(e -> e.getString("a").startsWith("case-number-series-")).toList();
        List<Long> sequences = series.stream().map(e -> ((Number) e.get("s")).longValue()).sorted().toList();
        List<Long> numbers = series.stream().map(e -> Document.parse(e.getString("p")).get("number", Number.class)
                .longValue()).sorted().toList();
        List<String> numberedCases = series.stream().map(e -> Document.parse(e.getString("p")).getString("caseId"))
                .distinct().toList();
        System.out.printf("Diarienummer series: %d numbers, sequences %s..%s%n", series.size(),
                sequences.isEmpty() ? "-" : sequences.get(0), sequences.isEmpty() ? "-" : sequences.get(sequences.size() - 1));
        assertThat(sequences).containsExactlyElementsOf(LongStream.range(0, series.size()).boxed().toList());
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, series.size()).boxed().toList());
        assertThat(numberedCases).hasSize(series.size());
    }

    private static List<TestHttp.Response> race(int count, java.util.function.IntFunction<String> caseOf) {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ready = new AtomicInteger();
        Thread starter = new Thread(() -> {
            Await.until("every racer is at the line", java.time.Duration.ofSeconds(30), () -> ready.get() >= count);
            go.countDown();
        });
        starter.start();
        return Load.parallel(count, count, new AtomicInteger(), i -> {
            ready.incrementAndGet();
            Await.interruptibly(go::await);
            return TestHttp.post(system.cases().url("/api/cases/" + caseOf.apply(i) + "/registration"), "registrator",
                    "{\"classification\": \"Fråga från verksamhet\"}");
        });
    }

    private static Map<Integer, Integer> countByStatus(List<TestHttp.Response> responses) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        responses.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        return byStatus;
    }
}
