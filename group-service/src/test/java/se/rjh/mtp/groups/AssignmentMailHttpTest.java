package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedMail;
import se.rjh.mtp.platform.deadletter.DeadLetterController;
import se.rjh.mtp.platform.notification.NotificationFailedException;
import se.rjh.mtp.platform.notification.Notifier;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.DeadLetters;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Assignment mail over real SMTP (the embedded GreenMail): an issued assignment reaches the LAG's configured address
 * and is recorded on the assignment; with the mail server down the send is tried again, then the event is parked in
 * the notifications dead-letter queue, and an admin's retry delivers it once the server is back.
 */
class AssignmentMailHttpTest {

    private static final String LAG = GroupServiceHttpTest.LAG_SAFETY;
    private static final String LAG_ADDRESS = "lag-tillverkning-sakerhet@mtp.example";

    private static EmbeddedInfrastructure infra;
    private static StartedService service;
    private static TestHttp.Api http;
    private static EmbeddedMail mail;

    /** Its own service with mail on: the shared one runs without, so other tests see no NotificationSent events. */
    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.startForTests();
        service = StartedService.start(GroupServiceApplication.class, GroupServiceApplication.NAME, infra,
                "--mtp.notifications.enabled=true");
        http = service.http();
        mail = infra.mail();
    }

    @AfterAll
    static void stop() {
        StartedService.closeAll(service, infra);
    }

    @Test
    void anIssuedAssignmentIsMailedToTheLagInSwedishAndRecorded() throws Exception {
        String title = "Rutin för lustgas " + UUID.randomUUID();
        String id = issue(title);

        MimeMessage message = Await.value("the mail about " + id, Duration.ofSeconds(60), () -> mailAbout(title),
                found -> found != null);

        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(LAG_ADDRESS);
        assertThat(message.getSubject()).isEqualTo("Nytt uppdrag till LAG Tillverkning och säkerhet");
        assertThat(String.valueOf(message.getContent())).startsWith("Hej!").contains("2099-01-01", "/api/assignments/" + id);
        NotificationSent sent = Await.value("the record on the assignment", Duration.ofSeconds(60),
                () -> recorded(id), list -> !list.isEmpty()).get(0);
        assertThat(sent.kind()).isEqualTo(NotificationKind.ASSIGNMENT_ISSUED);
        assertThat(sent.recipient()).isEqualTo(LAG_ADDRESS);
        assertThat(sent.subject()).isEqualTo(message.getSubject());
        // the platform's timeouts reach the mail client: a relay that hangs fails the attempt
        assertThat(service.bean(JavaMailSenderImpl.class).getJavaMailProperties())
                .containsEntry("mail.smtp.timeout", "10000").containsEntry("mail.smtp.connectiontimeout", "5000");
    }

    @Test
    void aFailedSendIsRetriedThenDeadLetteredAndAnAdminsRetryDeliversIt() throws Exception {
        double failedBefore = failedAttempts();
        String title = "Uppdrag när e-postservern är nere " + UUID.randomUUID();
        mail.stop();
        String id;
        JsonNode letter;
        try {
            id = issue(title);
            letter = Await.value("the event in the notifications dead-letter queue", Duration.ofSeconds(90),
                    () -> letterOf(id), found -> found != null);
        } finally {
            mail.startServer();
        }
        assertThat(letter.path("cause").asText()).contains(NotificationFailedException.class.getName(), "3 attempt");
        assertThat(failedAttempts() - failedBefore).isGreaterThanOrEqualTo(3.0);
        assertThat(mailAbout(title)).isNull();
        assertThat(recorded(id)).isEmpty();

        TestHttp.Response retried = http.post(DeadLetterController.PATH + "/" + Notifier.PROCESSING_GROUP + "/"
                + letter.path("eventId").asText() + "/retry", "admin");

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(mailAbout(title)).isNotNull();
        assertThat(recorded(id)).hasSize(1);
        assertThat(letterOf(id)).isNull();
    }

    private String issue(String title) {
        TestHttp.Response response = http.post("/api/assignments", "ordforande",
                GroupServiceHttpTest.issueBody(LAG, title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private MimeMessage mailAbout(String title) {
        return mail.received().stream().filter(message -> {
            try {
                return String.valueOf(message.getContent()).contains(title);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElse(null);
    }

    private List<NotificationSent> recorded(String assignmentId) {
        return service.bean(EventStore.class).readEvents(assignmentId).asStream()
                .map(event -> event.getPayload()).filter(NotificationSent.class::isInstance)
                .map(NotificationSent.class::cast).toList();
    }

    private JsonNode letterOf(String assignmentId) {
        return DeadLetters.letterOf(http, Notifier.PROCESSING_GROUP, assignmentId);
    }

    private double failedAttempts() {
        Counter counter = service.bean(MeterRegistry.class).find("mtp.notifications.attempts")
                .tags("kind", NotificationKind.ASSIGNMENT_ISSUED.name(), "outcome", "failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
