package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.groups.register.RegisterProperties;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CaseLink;
import se.rjh.mtp.groups.register.domain.RegisterCommands.DescribeDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ProposeInHouseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordGspr;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordIvoInformation;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordMarketSearch;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ReleaseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.StartDevelopment;
import se.rjh.mtp.groups.register.domain.RegisterCommands.TakeIntoUse;
import se.rjh.mtp.groups.register.projection.DeviceQueries;
import se.rjh.mtp.groups.register.reaction.RegisterDeadlines;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedMail;
import se.rjh.mtp.platform.notification.NotificationFailedException;
import se.rjh.mtp.platform.notification.Notifier;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Assignment mail over real SMTP (the embedded GreenMail): an issued assignment reaches the LAG's configured address
 * and is recorded on the assignment; with the mail server down the send is tried again, then the event is parked in
 * the notifications dead-letter queue, and an admin's retry delivers it once the server is back. The register of
 * in-house devices reminds the chair of an overdue review and market search through the same mechanism.
 */
class AssignmentMailHttpTest {

    private static final String LAG = GroupServiceHttpTest.LAG_SAFETY;
    private static final String LAG_ADDRESS = "lag-tillverkning-sakerhet@mtp.example";
    private static final String QUEUES = "/api/admin/dead-letters";

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

        TestHttp.Response retried = http.post(QUEUES + "/" + Notifier.PROCESSING_GROUP + "/"
                + letter.path("eventId").asText() + "/retry", "admin");

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(mailAbout(title)).isNotNull();
        assertThat(recorded(id)).hasSize(1);
        assertThat(letterOf(id)).isNull();
    }

    @Test
    void anOverdueReviewAndMarketSearchOfAnInHouseDeviceAreMailedToTheChairOnceAndRecorded() throws Exception {
        LocalDate longAgo = LocalDate.now().minusYears(2);
        String name = "Ortos " + UUID.randomUUID();
        String id = inUseSince(name, longAgo);
        DeviceQueries register = service.bean(DeviceQueries.class);
        Await.until("the register list has caught up", Duration.ofSeconds(30),
                () -> register.reviewsPastDue(LocalDate.now()).contains(id)
                        && register.marketSearchesPastDue(LocalDate.now()).contains(id));
        RegisterDeadlines deadlines = service.bean(RegisterDeadlines.class);
        assertThat(deadlines.raiseOverdue(LocalDate.now())).containsExactly(id, id);
        assertThat(deadlines.raiseOverdue(LocalDate.now())).isEmpty();

        List<MimeMessage> reminders = Await.value("the two reminders", Duration.ofSeconds(60),
                () -> mail.received().stream().filter(m -> subject(m).contains(id)).toList(), l -> l.size() == 2);
        assertThat(reminders).extracting(m -> m.getAllRecipients()[0].toString())
                .containsOnly("ordforande@mtp.example");
        assertThat(reminders).extracting(AssignmentMailHttpTest::subject).containsExactlyInAnyOrder(
                "Uppföljningen av egentillverkad produkt " + id + " är försenad",
                "Marknadsbevakningen för egentillverkad produkt " + id + " är försenad");
        assertThat(String.valueOf(reminders.get(0).getContent())).contains(name, "/api/devices/" + id);
        assertThat(Await.value("the records on the device", Duration.ofSeconds(60), () -> recorded(id),
                list -> list.size() == 2)).extracting(NotificationSent::kind).containsExactlyInAnyOrder(
                NotificationKind.IN_HOUSE_DEVICE_REVIEW_OVERDUE, NotificationKind.IN_HOUSE_DEVICE_MARKET_SEARCH_OVERDUE);
    }

    /** A device released and in use since {@code since}, straight through the commands (its case decided then). */
    private String inUseSince(String name, LocalDate since) {
        CommandGateway commands = service.bean(CommandGateway.class);
        String id = commands.sendAndWait(new ProposeInHouseDevice(name, DeviceKind.MD, "Avlastning", null, since,
                new CaseLink(UUID.randomUUID().toString(), "MTP/1/2024", since), null));
        commands.sendAndWait(new DescribeDevice(id, new InHouseDeviceDescription(name, "1", DeviceKind.MD,
                "Avlastning", null, DeviceClass.MDR_I, "Regel 1", "Icke-invasiv", null, null, null, null, null, 5),
                null, since));
        commands.sendAndWait(new RecordMarketSearch(id, "Ingen likvärdig", since, false, "Sökt", null, null, since));
        RegisterProperties rules = service.bean(RegisterProperties.class);
        commands.sendAndWait(new RecordGspr(id, rules.gsprRequirements(DeviceKind.MD).stream()
                .map(section -> new GsprEntry(section, GsprAnswer.MET, null)).toList(), null, since));
        commands.sendAndWait(new RecordIvoInformation(id, since, "IVO-1", rules.ivoRequiredContent(), null, since));
        commands.sendAndWait(new StartDevelopment(id, since));
        commands.sendAndWait(new ReleaseDevice(id, since));
        commands.sendAndWait(new TakeIntoUse(id, since, since));
        return id;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        TestHttp.Response queues = http.get(QUEUES, "admin");
        assertThat(queues.status()).as(queues.body()).isEqualTo(200);
        for (JsonNode sequence : queues.json().path(Notifier.PROCESSING_GROUP).path("sequences")) {
            for (JsonNode letter : sequence) {
                if (assignmentId.equals(letter.path("aggregateId").asText())) {
                    return letter;
                }
            }
        }
        return null;
    }

    private double failedAttempts() {
        Counter counter = service.bean(MeterRegistry.class).find("mtp.notifications.attempts")
                .tags("kind", NotificationKind.ASSIGNMENT_ISSUED.name(), "outcome", "failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
