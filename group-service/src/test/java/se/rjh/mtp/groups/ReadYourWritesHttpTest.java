package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import se.rjh.mtp.api.groups.AssignmentFollowUpReported;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftAssignment;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * A page read right after its command (post/redirect/get) shows it, although assignments and groups are read from
 * projections that a tracking processor writes a moment later: each read below comes straight after its command,
 * without waiting, and its {@code ETag} is the version it shows. With {@code mtp.web.read-your-writes-wait=0} these
 * reads can show the old state.
 */
class ReadYourWritesHttpTest {

    private static final String LAG = GroupServiceHttpTest.LAG_SAFETY;

    static ConfigurableApplicationContext service;
    static TestHttp.Api http;

    @BeforeAll
    static void start() {
        RunningGroupService running = RunningGroupService.get();
        service = running.context;
        http = running.http;
    }

    @Test
    void anAssignmentReadRightAfterEachCommandShowsIt() {
        TestHttp.Response issued = http.post("/api/assignments", "ordforande", GroupServiceHttpTest.issueBody(LAG,
                "Läs det du skrev"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String id = issued.json().path("id").asText();
        assertThat(read(id).path("status").asText()).isEqualTo("ISSUED");

        assertThat(http.post("/api/assignments/" + id + "/accept", "lag", "").status()).isEqualTo(204);
        assertThat(read(id).path("status").asText()).isEqualTo("ACCEPTED");

        assertThat(http.post("/api/assignments/" + id + "/progress-reports", "lag",
                "{\"status\": \"GREEN\", \"text\": \"Enligt plan\"}").status()).isEqualTo(204);
        JsonNode reported = read(id);
        assertThat(reported.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reported.path("progressReports").get(0).path("text").asText()).isEqualTo("Enligt plan");
    }

    /** The decline of a follow-up also reports to the case, an event the assignment's page does not show. */
    @Test
    void anEventThePageDoesNotShowStillMovesItsVersion() {
        String id = "ryw-" + System.nanoTime();
        service.getBean(CommandGateway.class).sendAndWait(new DraftAssignment(id, LAG, "Uppföljning", null,
                List.of(), null, "case-ryw", "follow-up-ryw", LocalDate.now()));
        assertThat(http.post("/api/assignments/" + id + "/issue", "ordforande", "{\"dueDate\": \"2099-01-01\"}")
                .status()).isEqualTo(204);
        assertThat(http.post("/api/assignments/" + id + "/decline", "lag", "{\"reason\": \"Saknar kompetens\"}")
                .status()).isEqualTo(204);

        TestHttp.Response declined = http.get("/api/assignments/" + id, "revisor");

        assertThat(declined.json().path("status").asText()).isEqualTo("DECLINED");
        long followUpReported = service.getBean(EventStore.class).readEvents(id).asStream()
                .filter(e -> e.getPayload() instanceof AssignmentFollowUpReported)
                .mapToLong(DomainEventMessage::getSequenceNumber).max().orElseThrow();
        assertThat(version(declined)).isGreaterThanOrEqualTo(followUpReported);
    }

    @Test
    void aGroupReadRightAfterAnAppointmentShowsTheNewMember() {
        TestHttp.Response established = http.post("/api/groups", "ordforande",
                "{\"name\": \"LAG Läs det du skrev\", \"kind\": \"LAG\", \"parentGroupId\": \"lsg-mtp\"}");
        assertThat(established.status()).as(established.body()).isEqualTo(201);
        String groupId = established.json().path("id").asText();
        assertThat(http.get("/api/groups/" + groupId, "revisor").status()).isEqualTo(200);

        assertThat(http.post("/api/groups/" + groupId + "/members", "ordforande",
                "{\"userName\": \"lag\", \"name\": \"Demo LAG\", \"role\": \"MEMBER\", \"unit\": \"MT\"}").status())
                .isEqualTo(204);
        TestHttp.Response group = http.get("/api/groups/" + groupId, "revisor");

        assertThat(group.json().path("members").findValuesAsText("userName")).containsExactly("lag");
        assertThat(version(group)).isEqualTo(1);
    }

    /** Reads the assignment right away; its tag is the aggregate's version, never ahead of the store. */
    private static JsonNode read(String id) {
        TestHttp.Response response = http.get("/api/assignments/" + id, "revisor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        long stored = service.getBean(EventStore.class).lastSequenceNumberFor(id).orElseThrow();
        assertThat(version(response)).isLessThanOrEqualTo(stored);
        return response.json();
    }

    private static long version(TestHttp.Response response) {
        String etag = response.header(HttpHeaders.ETAG);
        assertThat(etag).as("ETag").isNotNull();
        return Long.parseLong(etag.replace("\"", ""));
    }
}
