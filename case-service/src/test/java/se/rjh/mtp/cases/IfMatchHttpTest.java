package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Optimistic concurrency on the case API over real HTTP: the case's {@code ETag} is its last sequence number; a
 * command with a stale {@code If-Match} is refused with 409 and the current version, and nothing is stored; with the
 * current one, or without the header, it runs.
 */
class IfMatchHttpTest {

    private static final String REGISTRATION = "{\"classification\": \"Övrigt\"}";

    private final CaseServiceUnderTest service = CaseServiceUnderTest.get();

    private long events(String caseId) {
        return service.context.getBean(EventStorageEngine.class).readEvents(caseId).asStream().count();
    }

    private String etag(String caseId) {
        TestHttp.Response read = service.http.request("GET", "/api/cases/" + caseId).as("handlaggare").send();
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.header("ETag");
    }

    private TestHttp.Response register(String caseId, String ifMatch) {
        TestHttp.Request request = service.http.request("POST", "/api/cases/" + caseId + "/registration")
                .as("registrator").json(REGISTRATION);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).send();
    }

    @Test
    void aStaleIfMatchIsRefusedWithTheCurrentVersionAndNothingIsStored() {
        String caseId = service.newCase("OTHER", "If-Match inaktuell");
        String seen = etag(caseId);
        assertThat(seen).isEqualTo("\"0\"");
        // Someone else registers it first (no If-Match: works as before).
        CaseServiceUnderTest.ok(register(caseId, null));
        long before = events(caseId);
        assertThat(before).isGreaterThan(1);

        // A correction that the case's step allows, sent with the version seen before the registration.
        TestHttp.Response refused = service.http.request("POST", "/api/cases/" + caseId + "/registration/correction")
                .as("registrator").json("{\"subject\": \"Ny rubrik\", \"reason\": \"Felstavat\"}")
                .header("If-Match", seen).send();

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("currentVersion").asLong()).isEqualTo(before - 1);
        assertThat(refused.header("ETag")).isEqualTo("\"" + (before - 1) + "\"").isEqualTo(etag(caseId));
        assertThat(events(caseId)).isEqualTo(before);
        TestHttp.Response current = service.http.request("POST", "/api/cases/" + caseId + "/registration/correction")
                .as("registrator").json("{\"subject\": \"Ny rubrik\", \"reason\": \"Felstavat\"}")
                .header("If-Match", etag(caseId)).send();
        CaseServiceUnderTest.ok(current);
        assertThat(events(caseId)).isEqualTo(before + 1);
    }

    @Test
    void theCurrentIfMatchOrNoneLetsTheCommandRun() {
        String caseId = service.newCase("OTHER", "If-Match aktuell");

        TestHttp.Response registered = register(caseId, etag(caseId));

        CaseServiceUnderTest.ok(registered);
        assertThat(events(caseId)).isGreaterThan(1);
        assertThat(etag(caseId)).isEqualTo("\"" + (events(caseId) - 1) + "\"");

        String other = service.newCase("OTHER", "Utan If-Match");
        CaseServiceUnderTest.ok(register(other, null));
    }

    @Test
    void aMalformedIfMatchIsRefusedNamingTheHeader() {
        String caseId = service.newCase("OTHER", "If-Match felaktig");

        TestHttp.Response refused = register(caseId, "version 0");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("If-Match");
        assertThat(events(caseId)).isEqualTo(1);
    }
}
