package se.rjh.mtp.system.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.GROUPS;
import static se.rjh.mtp.system.SystemUnderTest.Service.GUIDELINES;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.cases.consultation.OverdueConsultationJob;
import se.rjh.mtp.groups.overdue.OverdueJob;
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
import se.rjh.mtp.groups.register.reaction.RegisterDeadlines;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Every kind of notification, sent by the service that owns its event, read from the embedded GreenMail server: a
 * secrecy-marked case from preparation to decision (assigned, consultation requested and overdue, proposal, decision
 * to the submitter), an assignment issued and overdue, a guideline due for review, an in-house device's review and
 * market search overdue (reminders to the chair). Each arrives exactly once, in
 * Swedish, without the marked case's text and without a personal identity number, and each is recorded as
 * NotificationSent on its aggregate (the case's history shows it, the submitter's address masked for a LAG member).
 */
class NotificationsSystemTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final MutableClock CLOCK = new MutableClock(DAY.atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm"))
            .toInstant(), ZoneId.of("Europe/Stockholm"));
    private static final String SUBJECT = "Skyddad pump " + UUID.randomUUID();
    private static final String DESCRIPTION = "Skyddad beskrivning " + UUID.randomUUID();
    private static final String SUBMITTER = "eva.ek@mtp.example";
    private static final String UNIT_ADDRESS = "avdelning5@mtp.example";

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of()
            .with(CASES, s -> mailOn(s).args("--mtp.cases.overdue-check-initial-delay=PT1H"))
            .with(GROUPS, NotificationsSystemTest::mailOn)
            .with(GUIDELINES, s -> mailOn(s).args("--mtp.guidelines.review-check-interval=PT0.5S",
                    "--mtp.guidelines.review-check-initial-delay=PT1S"));

    private static StartedService.Starter mailOn(StartedService.Starter starter) {
        return starter.clock(CLOCK).args("--mtp.notifications.enabled=true");
    }

    @Test
    void eachKindArrivesOnceInSwedishWithoutProtectedTextAndIsRecordedOnItsAggregate() throws Exception {
        // Before the clock moves: a marked case in consultation, an assignment, a guideline, each due tomorrow.
        String caseId = markedCaseInConsultation();
        String caseNumber = http(CASES).get("/api/cases/" + caseId, "handlaggare").json().path("caseNumber").asText();
        String consultationId = http(CASES).get("/api/cases/" + caseId, "handlaggare").json()
                .path("consultations").get(0).path("consultationId").asText();
        String assignmentId = created(http(GROUPS).post("/api/assignments", "ordforande", """
                {"groupId": "lag-tillverkning-sakerhet", "title": "Rutin för lustgasuttag",
                 "description": "Ta fram en rutin", "deliverables": ["Rutin"], "dueDate": "%s"}
                """.formatted(DAY.plusDays(1))), "id");
        String documentNumber = created(http(GUIDELINES).post("/api/guidelines", "handlaggare", """
                {"kind": "GUIDELINE", "title": "Lustgas på vårdavdelning", "scope": "Hela regionen",
                 "ownerGroup": "LSG MTP", "processOwner": "Medicinteknik", "reviewIntervalMonths": 1,
                 "regulationReferences": [{"framework": "MDR", "provision": "5(5)"}],
                 "content": "# Syfte\\nText", "changeSummary": "Första utgåvan"}
                """), "documentNumber");
        publish(documentNumber);
        // The published guideline is spread to a unit, which gets its personal link by mail.
        String unitId = created(http(GROUPS).post("/api/units", "ordforande",
                "{\"name\": \"Avdelning 5\", \"contactEmail\": \"" + UNIT_ADDRESS + "\"}"), "id");
        String distribution = """
                {"subjectKind": "GUIDELINE", "subjectId": "%s", "unitIds": ["%s"], "acknowledgeBy": "%s"}
                """.formatted(documentNumber, unitId, DAY.plusDays(20));
        String distributionId = created(Await.value("the publication reaches group-service", Duration.ofSeconds(60),
                () -> http(GROUPS).post("/api/distributions", "ordforande", distribution), r -> r.status() != 400),
                "id");

        // An in-house device released a year ago: its review and its market search fall due today.
        String deviceId = inHouseDeviceReleasedOn(DAY.minusYears(1));

        // A month and more later: the consultation and the assignment are overdue, the guideline due for review.
        CLOCK.setToday(DAY.plusMonths(1).plusDays(2));
        LocalDate later = LocalDate.now(CLOCK);
        // The deadline read models may still be catching up, so each check runs until its event is there.
        Await.until("the consultation marked overdue", Duration.ofSeconds(60), () -> {
            system.cases().bean(OverdueConsultationJob.class).checkDeadlines();
            return stored(CASES, caseId, ConsultationOverdue.class);
        });
        Await.until("the assignment marked overdue", Duration.ofSeconds(60), () -> {
            system.groups().bean(OverdueJob.class).raiseOverdue(later);
            return stored(GROUPS, assignmentId, AssignmentOverdue.class);
        });

        Await.until("the device's review and market search marked overdue", Duration.ofSeconds(60), () -> {
            system.groups().bean(RegisterDeadlines.class).raiseOverdue(later);
            return stored(GROUPS, deviceId, InHouseDeviceReviewOverdue.class)
                    && stored(GROUPS, deviceId, MarketSearchOverdue.class);
        });

        // The case goes on to its decision.
        ok(http(CASES).post("/api/cases/" + caseId + "/consultations/" + consultationId + "/answer", "handlaggare",
                "{\"answer\": \"Inga invändningar\"}"));
        ok(http(CASES).post("/api/cases/" + caseId + "/proposal", "handlaggare",
                "{\"proposal\": \"Skyddat förslag\", \"rationale\": \"Skyddad motivering\"}"));
        ok(http(CASES).post("/api/cases/" + caseId + "/decision", "ordforande",
                "{\"decision\": \"Skyddat beslut\", \"decidedBy\": \"LSG\"}"));

        Map<NotificationKind, List<NotificationSent>> records = Await.value("a record of every kind",
                Duration.ofSeconds(90), () -> recordsByKind(caseId, assignmentId, documentNumber, distributionId,
                        deviceId),
                byKind -> byKind.size() == NotificationKind.values().length);
        records.forEach((kind, sent) -> assertThat(sent).as(kind.name()).hasSize(1));
        List<MimeMessage> mails = system.infra().mail().received();

        Map<NotificationKind, String> expected = new EnumMap<>(NotificationKind.class);
        expected.put(NotificationKind.CASE_ASSIGNED, "Ärende " + caseNumber + " har tilldelats dig");
        expected.put(NotificationKind.CONSULTATION_REQUESTED, "Begäran om samverkan i ärende " + caseNumber);
        expected.put(NotificationKind.CONSULTATION_OVERDUE, "Samverkan försenad i ärende " + caseNumber);
        expected.put(NotificationKind.DECISION_PROPOSED, "Förslag till beslut i ärende " + caseNumber);
        expected.put(NotificationKind.CASE_DECIDED, "Beslut i ärende " + caseNumber);
        expected.put(NotificationKind.ASSIGNMENT_ISSUED, "Nytt uppdrag till LAG Tillverkning och säkerhet");
        expected.put(NotificationKind.ASSIGNMENT_OVERDUE, "Uppdrag till LAG Tillverkning och säkerhet är försenat");
        expected.put(NotificationKind.GUIDELINE_REVIEW_DUE, "Dags att revidera riktlinje " + documentNumber);
        expected.put(NotificationKind.DISTRIBUTION_TO_UNIT, "Att kvittera senast " + DAY.plusDays(20) + ": "
                + documentNumber + " version 1");
        expected.put(NotificationKind.IN_HOUSE_DEVICE_REVIEW_OVERDUE,
                "Uppföljningen av egentillverkad produkt " + deviceId + " är försenad");
        expected.put(NotificationKind.IN_HOUSE_DEVICE_MARKET_SEARCH_OVERDUE,
                "Marknadsbevakningen för egentillverkad produkt " + deviceId + " är försenad");
        Map<NotificationKind, String> recipients = Map.ofEntries(
                Map.entry(NotificationKind.CASE_ASSIGNED, "handlaggare@mtp.example"),
                Map.entry(NotificationKind.CONSULTATION_REQUESTED, "gaskommitte@mtp.example"),
                Map.entry(NotificationKind.CONSULTATION_OVERDUE, "handlaggare@mtp.example"),
                Map.entry(NotificationKind.DECISION_PROPOSED, "ordforande@mtp.example"),
                Map.entry(NotificationKind.CASE_DECIDED, SUBMITTER),
                Map.entry(NotificationKind.ASSIGNMENT_ISSUED, "lag-tillverkning-sakerhet@mtp.example"),
                Map.entry(NotificationKind.ASSIGNMENT_OVERDUE, "lag-tillverkning-sakerhet@mtp.example"),
                Map.entry(NotificationKind.GUIDELINE_REVIEW_DUE, "ordforande@mtp.example"),
                Map.entry(NotificationKind.DISTRIBUTION_TO_UNIT, UNIT_ADDRESS),
                Map.entry(NotificationKind.IN_HOUSE_DEVICE_REVIEW_OVERDUE, "ordforande@mtp.example"),
                Map.entry(NotificationKind.IN_HOUSE_DEVICE_MARKET_SEARCH_OVERDUE, "ordforande@mtp.example"));

        for (NotificationKind kind : NotificationKind.values()) {
            List<MimeMessage> ofKind = new ArrayList<>();
            for (MimeMessage mail : mails) {
                if (expected.get(kind).equals(mail.getSubject())) {
                    ofKind.add(mail);
                }
            }
            assertThat(ofKind).as(kind + " mails").hasSize(1);
            MimeMessage mail = ofKind.get(0);
            String body = String.valueOf(mail.getContent());
            assertThat(mail.getAllRecipients()[0].toString()).as(kind.name()).isEqualTo(recipients.get(kind));
            assertThat(body).as(kind.name()).startsWith("Hej!").contains("Med vänlig hälsning");
            NotificationSent sent = records.get(kind).get(0);
            assertThat(sent.recipient()).isEqualTo(recipients.get(kind));
            assertThat(sent.subject()).isEqualTo(mail.getSubject());
        }
        for (MimeMessage mail : mails) {
            String text = mail.getSubject() + "\n" + mail.getContent();
            assertThat(text).doesNotContain(SUBJECT, DESCRIPTION, "Skyddat förslag", "Skyddad motivering",
                    "Skyddat beslut", "Synpunkter på skyddad pump");
            assertThat(PersonalIdentityNumberGuard.containsPersonalIdentityNumber(text)).as(text).isFalse();
        }

        // The case's history shows what was sent, to whom and when; a LAG member does not see the submitter.
        JsonNode history = http(CASES).get("/api/cases/" + caseId + "/history", "revisor").json();
        List<JsonNode> sentEntries = entries(history);
        assertThat(sentEntries).hasSize(5);
        assertThat(sentEntries).allSatisfy(entry -> assertThat(entry.path("data").path("sentAt").asText()).isNotBlank());
        assertThat(sentEntries).anySatisfy(entry -> assertThat(entry.path("data").path("recipient").asText())
                .isEqualTo(SUBMITTER));
        assertThat(entries(http(CASES).get("/api/cases/" + caseId + "/history", "lag").json()))
                .anySatisfy(entry -> assertThat(entry.path("data").path("recipient").asText())
                        .isEqualTo(Secrecy.PROTECTED))
                .noneSatisfy(entry -> assertThat(entry.path("data").path("recipient").asText()).isEqualTo(SUBMITTER));
    }

    private static String markedCaseInConsultation() {
        String id = created(http(CASES).post("/api/cases", "registrator", """
                {"subject": "%s", "description": "%s", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "%s"}, "receivedOn": "%s"}
                """.formatted(SUBJECT, DESCRIPTION, SUBMITTER, DAY)), "id");
        String path = "/api/cases/" + id;
        ok(http(CASES).post(path + "/registration", "registrator",
                "{\"classification\": \"Medicinska gaser\", \"secrecy\": {\"provision\": \"OSL 25:1\"}}"));
        ok(http(CASES).post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        created(http(CASES).post(path + "/consultations", "handlaggare",
                "{\"body\": \"GAS_COMMITTEE\", \"question\": \"Synpunkter på skyddad pump?\", \"dueDate\": \""
                        + DAY.plusDays(1) + "\"}"), "consultationId");
        return id;
    }

    /**
     * A device released and taken into use on {@code releasedOn}, its market searched that day, through the
     * register's commands (its deciding case stands in as a link): review and market search fall due a year later.
     */
    private static String inHouseDeviceReleasedOn(LocalDate releasedOn) {
        CommandGateway commands = system.groups().bean(CommandGateway.class);
        RegisterProperties rules = system.groups().bean(RegisterProperties.class);
        String id = commands.sendAndWait(new ProposeInHouseDevice("Handortos", DeviceKind.MD, "Avlastning", null,
                releasedOn, new CaseLink(UUID.randomUUID().toString(), "MTP/1/2025", releasedOn), null));
        List.of(new DescribeDevice(id, new InHouseDeviceDescription("Handortos", "1", DeviceKind.MD, "Avlastning",
                                null, DeviceClass.MDR_I, "Regel 1", "Icke-invasiv", null, null, null, null, null, 5),
                        null, releasedOn),
                new RecordMarketSearch(id, "Ingen likvärdig", releasedOn, false, "Sökt", null, null, releasedOn),
                new RecordGspr(id, rules.gsprRequirements(DeviceKind.MD).stream()
                        .map(section -> new GsprEntry(section, GsprAnswer.MET, null)).toList(), null, releasedOn),
                new RecordIvoInformation(id, releasedOn, "IVO-1", rules.ivoRequiredContent(), null, releasedOn),
                new StartDevelopment(id, releasedOn), new ReleaseDevice(id, releasedOn),
                new TakeIntoUse(id, releasedOn, releasedOn)).forEach(commands::sendAndWait);
        return id;
    }

    private static void publish(String number) {
        String base = "/api/guidelines/" + number + "/versions/1";
        ok(http(GUIDELINES).post(base + "/submission", "handlaggare", "{\"reviewers\": [\"lag\"]}"));
        ok(http(GUIDELINES).post(base + "/verdicts", "lag", "{\"verdict\": \"APPROVE\"}"));
        ok(http(GUIDELINES).post(base + "/approval", "ordforande", ""));
        ok(http(GUIDELINES).post(base + "/publication", "ordforande", "{\"validFrom\": \"" + DAY + "\"}"));
    }

    private static Map<NotificationKind, List<NotificationSent>> recordsByKind(String caseId, String assignmentId,
                                                                             String documentNumber,
                                                                             String distributionId,
                                                                             String deviceId) {
        Map<NotificationKind, List<NotificationSent>> byKind = new EnumMap<>(NotificationKind.class);
        List<NotificationSent> all = new ArrayList<>(recorded(CASES, caseId));
        all.addAll(recorded(GROUPS, assignmentId));
        all.addAll(recorded(GUIDELINES, documentNumber));
        all.addAll(recorded(GROUPS, distributionId));
        all.addAll(recorded(GROUPS, deviceId));
        all.forEach(sent -> byKind.computeIfAbsent(sent.kind(), k -> new ArrayList<>()).add(sent));
        return byKind;
    }

    private static List<NotificationSent> recorded(SystemUnderTest.Service service, String aggregateId) {
        return system.service(service).bean(EventStore.class).readEvents(aggregateId, 0).asStream()
                .map(event -> event.getPayload()).filter(NotificationSent.class::isInstance)
                .map(NotificationSent.class::cast).toList();
    }

    private static boolean stored(SystemUnderTest.Service service, String aggregateId, Class<?> type) {
        return system.service(service).bean(EventStore.class).readEvents(aggregateId, 0).asStream()
                .anyMatch(event -> type.isInstance(event.getPayload()));
    }

    private static List<JsonNode> entries(JsonNode history) {
        List<JsonNode> sent = new ArrayList<>();
        history.forEach(entry -> {
            if ("NotificationSent".equals(entry.path("type").asText())) {
                sent.add(entry);
            }
        });
        return sent;
    }

    private static TestHttp.Api http(SystemUnderTest.Service service) {
        return system.service(service).http();
    }

    private static String created(TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().path(field).asText();
    }

    private static void ok(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
