package se.rjh.mtp.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.reporting.events.cases.TestCaseEvents;
import se.rjh.mtp.reporting.events.groups.TestGroupEvents;
import se.rjh.mtp.reporting.events.guidelines.TestGuidelineEvents;

/**
 * One case walked through all steps across the three services: a LAG question opens it, it is consulted on and
 * decided, the LAG assignment reports red and the decision starts a guideline revision. Plus a secret incident case.
 * Events are one hour apart from {@link #START}.
 */
final class Scenario {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");

    final String caseId;
    final String incidentId;
    final String assignmentId;
    final String questionId;
    final String guidelineId;
    final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final EventFactory factory;
    private Instant clock = START;

    Scenario(EventFactory factory, String prefix) {
        this.factory = factory;
        this.caseId = prefix + "-case";
        this.incidentId = prefix + "-incident";
        this.assignmentId = prefix + "-assignment";
        this.questionId = prefix + "-question";
        this.guidelineId = prefix + "-guideline";
        String group = "lag-tillverkning";
        add("Assignment", assignmentId, new TestGroupEvents.AssignmentIssued(assignmentId, group,
                "LAG Tillverkning och säkerhet", "Utred egentillverkade skenor", LocalDate.parse("2026-03-20"), null),
                "ordforande");
        add("Question", questionId, new QuestionRaised(questionId, assignmentId, group, "Skenor",
                "Får vi tillverka skenor själva?", "lag", "LAG Tillverkning och säkerhet"), "lag");
        add("Case", caseId, new CaseReceived(caseId, "=HYPERLINK(\"http://x\")Skenor, egentillverkning",
                "Fråga från LAG", CaseType.IN_HOUSE_MANUFACTURING, Channel.LAG,
                new Submitter("Eva Ek", "Ortopedteknik", "eva.ek@example.se"), LocalDate.parse("2026-03-02"),
                new CaseOrigin(questionId, assignmentId, group)), "registrator");
        add("Case", caseId, new TestCaseEvents.CaseRegistered(caseId, "MTP/1/2026", "IN_HOUSE_MANUFACTURING", null),
                "registrator");
        add("Case", caseId, new TestCaseEvents.PreparationStarted(caseId, "handlaggare"), "handlaggare");
        add("Case", caseId, new TestCaseEvents.ConsultationRequested(caseId, "c1", "SAFETY_COUNCIL",
                "Synpunkter?", LocalDate.parse("2026-03-10")), "handlaggare");
        add("Case", caseId, new TestCaseEvents.ConsultationRequested(caseId, "c2", "PROCUREMENT",
                "Avtal?", LocalDate.parse("2026-03-12")), "handlaggare");
        add("Case", caseId, new TestCaseEvents.ConsultationAnswered(caseId, "c1", "Inga invändningar"),
                "handlaggare");
        add("Group", assignmentId, new TestGroupEvents.ProgressReported(assignmentId, "RED", "Resursbrist"), "lag");
        add("Case", caseId, new TestCaseEvents.DecisionProposed(caseId, "Tillåt med villkor"), "handlaggare");
        add("Case", caseId, new CaseDecided(caseId, "MTP/1/2026", CaseType.IN_HOUSE_MANUFACTURING,
                "Tillåts", DecisionBody.LSG, LocalDate.parse("2026-03-03"), List.of(),
                new CaseOrigin(questionId, assignmentId, group)), "ordforande");
        add("Guideline", guidelineId, new TestGuidelineEvents.GuidelineRevisionStarted(guidelineId, "RL-MTP-7",
                "Egentillverkning", caseId), "ordforande");
        add("Guideline", guidelineId, new TestGuidelineEvents.VersionPublished(guidelineId, "RL-MTP-7",
                LocalDate.parse("2026-05-15")), "ordforande");
        add("Case", incidentId, new CaseReceived(incidentId, "Tillbud med infusionspump", "Larm uteblev",
                CaseType.INCIDENT_FOLLOW_UP, Channel.INCIDENT_REPORT,
                new Submitter("Per Pål", "IVA", "per@example.se"), LocalDate.parse("2026-02-27"), null), "registrator");
        add("Case", incidentId, new TestCaseEvents.CaseRegistered(incidentId, "MTP/2/2026", "INCIDENT_FOLLOW_UP",
                "OSL 25:1"), "registrator");
        add("Case", incidentId, new TestCaseEvents.IncidentDetailsRecorded(incidentId, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-01"), null, true), "handlaggare");
    }

    private void add(String type, String aggregateId, Object payload, String actor) {
        events.add(factory.event(type, aggregateId, payload, actor, "corr-" + aggregateId, clock));
        clock = clock.plus(Duration.ofHours(1));
    }

    /** The instant just after the n-th event (0-based) of the whole scenario. */
    static Instant after(int n) {
        return START.plus(Duration.ofHours(n)).plusSeconds(60);
    }
}
