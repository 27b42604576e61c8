package se.rjh.mtp.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.GuidelineRevisionRequested;
import se.rjh.mtp.api.guidelines.VersionPublished;

/**
 * One case walked through all steps across the three services: a LAG question on an assignment opens it, it gets a
 * diarienummer from the year's series, is consulted on and decided, the assignment reports red and the decision
 * starts a guideline revision. Plus a secret incident case. Events are one hour apart from {@link #START}.
 */
final class Scenario {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");
    static final String CASE_NUMBER = "MTP/1/2026";
    static final String INCIDENT_NUMBER = "MTP/2/2026";
    /** Scenario-wide indexes of events the tests touch. */
    static final int REGISTERED = 4;
    static final int PREPARATION_STARTED = 5;
    static final int DECIDED = 11;
    static final int INCIDENT_REGISTERED = 17;

    final String caseId;
    final String incidentId;
    final String assignmentId;
    final String questionId;
    final String guidelineId;
    final String seriesId;
    final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final EventFactory factory;
    private Instant clock;

    Scenario(EventFactory factory, String prefix) {
        // One series per scenario, so scenarios sharing a system do not interleave one chain.
        this(factory, prefix, prefix + "-case-number-series-2026", START);
    }

    /**
     * With a given number series (scenarios sharing one make it a long-lived aggregate, as a real year's) and first
     * event time.
     */
    Scenario(EventFactory factory, String prefix, String seriesId, Instant start) {
        this.factory = factory;
        this.clock = start;
        this.caseId = prefix + "-case";
        this.incidentId = prefix + "-incident";
        this.assignmentId = prefix + "-assignment";
        this.questionId = prefix + "-question";
        this.guidelineId = prefix + "-guideline";
        this.seriesId = seriesId;
        String group = "lag-tillverkning";
        String groupName = "LAG Tillverkning och säkerhet";
        CaseType type = CaseType.IN_HOUSE_MANUFACTURING;
        CaseOrigin origin = new CaseOrigin(questionId, assignmentId, group);
        add("Assignment", assignmentId, new AssignmentIssued(assignmentId, group, groupName,
                "Utred egentillverkade skenor", "Kartlägg behovet", List.of("Rapport"), LocalDate.parse("2026-03-20"),
                null, "ordforande", LocalDate.parse("2026-03-02")), "ordforande");
        add("Assignment", assignmentId, new QuestionRaised(questionId, assignmentId, group, "Skenor",
                "Får vi tillverka skenor själva?", "lag", groupName), "lag");
        add("Case", caseId, new CaseReceived(caseId, "=HYPERLINK(\"http://x\")Skenor, egentillverkning",
                "Fråga från LAG", type, Channel.LAG, new Submitter("Eva Ek", "Ortopedteknik", "eva.ek@example.se"),
                LocalDate.parse("2026-03-02"), origin), "registrator");
        add("CaseNumberSeries", seriesId, new CaseNumberAssigned(seriesId, 2026, 1, CASE_NUMBER, caseId),
                "registrator");
        add("Case", caseId, new CaseRegistered(caseId, CASE_NUMBER, type, "Egentillverkning", null, null,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02")), "registrator");
        add("Case", caseId, new PreparationStarted(caseId, CASE_NUMBER, type, "handlaggare",
                LocalDate.parse("2026-03-02")), "handlaggare");
        add("Case", caseId, new ConsultationRequested(caseId, "c1", ConcernedBody.SAFETY_COUNCIL, "Synpunkter?",
                LocalDate.parse("2026-03-10")), "handlaggare");
        add("Case", caseId, new ConsultationRequested(caseId, "c2", ConcernedBody.PROCUREMENT, "Avtal?",
                LocalDate.parse("2026-03-12")), "handlaggare");
        add("Case", caseId, new ConsultationAnswered(caseId, "c1", ConcernedBody.SAFETY_COUNCIL, "Inga invändningar",
                LocalDate.parse("2026-03-02")), "handlaggare");
        add("Assignment", assignmentId, new ProgressReported(assignmentId, group, ProgressStatus.RED, "Resursbrist",
                "lag", LocalDate.parse("2026-03-02")), "lag");
        add("Case", caseId, new DecisionProposed(caseId, CASE_NUMBER, type, "Tillåt med villkor", "Art. 5(5) uppfylld",
                null), "handlaggare");
        add("Case", caseId, new CaseDecided(caseId, CASE_NUMBER, type, "Tillåts", DecisionBody.LSG,
                LocalDate.parse("2026-03-03"), List.of(), origin), "ordforande");
        add("Guideline", guidelineId, new GuidelineDrafted(guidelineId, GuidelineKind.GUIDELINE, "Egentillverkning",
                "Hela regionen", "LSG MTP", "ordforande", List.of(), 12, CASE_NUMBER), "ordforande");
        add("Guideline", guidelineId, new GuidelineRevisionRequested(guidelineId, caseId, CASE_NUMBER, "f1",
                "Revidera efter beslutet"), "ordforande");
        add("Guideline", guidelineId, new VersionPublished(guidelineId, 1, LocalDate.parse("2025-05-15"),
                LocalDate.parse("2026-05-15"), "ordforande"), "ordforande");
        CaseType incident = CaseType.INCIDENT_FOLLOW_UP;
        add("Case", incidentId, new CaseReceived(incidentId, "Tillbud med infusionspump", "Larm uteblev", incident,
                Channel.INCIDENT_REPORT, new Submitter("Per Pål", "IVA", "per@example.se"),
                LocalDate.parse("2026-02-27"), null), "registrator");
        add("CaseNumberSeries", seriesId, new CaseNumberAssigned(seriesId, 2026, 2, INCIDENT_NUMBER, incidentId),
                "registrator");
        add("Case", incidentId, new CaseRegistered(incidentId, INCIDENT_NUMBER, incident, "Negativ händelse", null,
                new SecrecyMarking("OSL 25 kap. 1 §", LocalDate.parse("2026-03-02"), "registrator"),
                LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-02")), "registrator");
        add("Case", incidentId, new IncidentDetailsRecorded(incidentId, LocalDate.parse("2026-02-26"), null,
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"), null, true), "handlaggare");
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
