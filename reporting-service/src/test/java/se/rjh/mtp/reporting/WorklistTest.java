package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.FollowUpOutcomeRecorded;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberAppointed;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.VersionPublished;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.api.reporting.view.WorklistItem;
import se.rjh.mtp.api.reporting.view.WorklistItemKind;
import se.rjh.mtp.platform.time.WorkingDays;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.worklist.WorklistCaseRows;
import se.rjh.mtp.reporting.worklist.WorklistGroupRows;
import se.rjh.mtp.reporting.worklist.Worklists;

/**
 * The work list of each role over real event records, on Wednesday after Easter 2026: who sees which items, and that
 * its read models come out the same whatever the delivery order and after a replay.
 */
class WorklistTest {

    private static final Serializer SERIALIZER = EventFactory.platformLikeSerializer();
    private static final LocalDate TODAY = LocalDate.parse("2026-04-08");
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final WorkingDays HOLIDAYS = new WorkingDays(List.of(LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-04-06")));
    @AutoClose
    private static final WireMongo MONGO = new WireMongo();

    private final EventFactory factory = new EventFactory(SERIALIZER);
    private final List<Document> records = new ArrayList<>();
    private Instant at = Instant.parse("2026-03-01T08:00:00Z");

    private record Models(Generations generations, ReadModelWriter writer, Worklists worklists,
                          ReadModelDigests digests) {
        static Models fresh() {
            Generations generations = new Generations(MONGO.freshDatabase("worklist"));
            ReadModelWriter writer = new ReadModelWriter(generations, List.of(new WorklistCaseRows(),
                    new WorklistGroupRows(), new AssignmentRows(SERIALIZER), new GuidelineRows()));
            return new Models(generations, writer, new Worklists(generations, CLOCK, HOLIDAYS),
                    new ReadModelDigests(generations, writer));
        }

        Worklist of(String user, String... roles) {
            return worklists.of(new UsernamePasswordAuthenticationToken(user, null, java.util.Arrays.stream(roles)
                    .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        }
    }

    private void add(String type, String id, Object payload) {
        records.add(AuditRecords.from(factory.event(type, id, payload, "someone", "c", at), SERIALIZER));
        at = at.plusSeconds(60);
    }

    private void received(String caseId, String receivedOn) {
        add("Case", caseId, new CaseReceived(caseId, "Ärende " + caseId, null, CaseType.OTHER, Channel.EMAIL,
                new Submitter("A", null, null), LocalDate.parse(receivedOn), null));
    }

    private void prepared(String caseId, String officer, SecrecyMarking secrecy) {
        received(caseId, "2026-03-02");
        add("Case", caseId, new CaseRegistered(caseId, "MTP/" + caseId, CaseType.OTHER, "Övrigt", null, secrecy,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02")));
        add("Case", caseId, new PreparationStarted(caseId, "MTP/" + caseId, CaseType.OTHER, officer,
                LocalDate.parse("2026-03-02")));
    }

    private void consultation(String caseId, String id, String due) {
        add("Case", caseId, new ConsultationRequested(caseId, id, ConcernedBody.PATIENT_SAFETY, "Fråga",
                LocalDate.parse(due)));
    }

    private void decided(String caseId, String decidedOn, String... followUpIds) {
        add("Case", caseId, new CaseDecided(caseId, "MTP/" + caseId, CaseType.OTHER, "Beslut", DecisionBody.LSG,
                LocalDate.parse(decidedOn), java.util.Arrays.stream(followUpIds).map(id -> new FollowUp(id,
                        FollowUpKind.OTHER, "Gör " + id, null, null, null, null)).toList(), null));
    }

    private void assignment(String id, String groupId, String due) {
        add("Assignment", id, new AssignmentIssued(id, groupId, "LAG " + groupId, "Uppdrag " + id, "Gör",
                List.of("Rapport"), LocalDate.parse(due), null, "ordforande", LocalDate.parse("2026-03-02")));
    }

    private void guideline(String number, String nextReview) {
        add("Guideline", number, new GuidelineDrafted(number, GuidelineKind.GUIDELINE, "Riktlinje " + number, "Alla",
                "LSG MTP", "ordforande", List.of(), 12, null));
        add("Guideline", number, new VersionPublished(number, 1, LocalDate.parse("2025-05-01"),
                LocalDate.parse(nextReview), "ordforande"));
    }

    /** Every kind of item, each with a neighbour that just misses its rule. */
    private void events() {
        received("late", "2026-04-02"); // skärtorsdagen: Tuesday was its one working day
        received("fresh", "2026-04-07");
        received("voided", "2026-04-01");
        add("Case", "voided", new CaseVoided("voided", null, CaseType.OTHER, "RECEIVED", "Dubblett"));
        prepared("own", "annan", new SecrecyMarking("OSL 25 kap. 1 §", LocalDate.parse("2026-03-02"), "registrator"));
        add("Case", "own", new CaseOfficerReassigned("own", "MTP/own", "annan", "handlaggare", "Semester"));
        consultation("own", "k1", "2026-04-13");
        consultation("own", "k2", "2026-04-14");
        consultation("own", "k3", "2026-04-01");
        add("Case", "own", new ConsultationAnswered("own", "k3", ConcernedBody.PATIENT_SAFETY, "Svar",
                LocalDate.parse("2026-04-01")));
        consultation("own", "k4", "2026-04-20");
        add("Case", "own", new ConsultationDueDateChanged("own", "k4", ConcernedBody.PATIENT_SAFETY,
                LocalDate.parse("2026-04-20"), LocalDate.parse("2026-04-07"), "Brådskande"));
        prepared("others", "annan", null);
        consultation("others", "o1", "2026-04-09");
        prepared("decided", "handlaggare", null);
        decided("decided", "2026-03-07", "f1", "f2");
        add("Case", "decided", new FollowUpOutcomeRecorded("decided", "f2", FollowUpKind.OTHER, FollowUpOutcome.DONE,
                null, LocalDate.parse("2026-03-20")));
        prepared("recent", "handlaggare", null);
        decided("recent", "2026-03-09", "f1");
        prepared("othersDecided", "annan", null);
        decided("othersDecided", "2026-03-01", "f1");
        prepared("proposed", "annan", null);
        add("Case", "proposed", new DecisionProposed("proposed", "MTP/proposed", CaseType.OTHER, "Förslag", "Skäl",
                "Ingen berörd instans"));
        add("WorkingGroup", "lag-a", new WorkingGroupEstablished("lag-a", "LAG A", GroupKind.LAG, "Mandat", "lsg",
                LocalDate.parse("2026-01-01")));
        add("WorkingGroup", "lag-a", new MemberAppointed("lag-a", "lag", "Lena Lag", MemberRole.MEMBER, null,
                LocalDate.parse("2026-01-01")));
        add("WorkingGroup", "lag-b", new WorkingGroupEstablished("lag-b", "LAG B", GroupKind.LAG, "Mandat", "lsg",
                LocalDate.parse("2026-01-01")));
        assignment("a1", "lag-a", "2026-04-07");
        assignment("a2", "lag-b", "2026-04-01");
        assignment("a3", "lag-a", "2026-04-08");
        guideline("RL-MTP-1", "2026-05-08");
        guideline("RL-MTP-2", "2026-05-09");
    }

    @Test
    void eachRoleSeesItsOwnItemsOverdueFirst() {
        events();
        Models models = Models.fresh();
        models.writer().apply(records, models.generations().active());

        assertThat(models.of("registrator", "REGISTRAR").items())
                .extracting(WorklistItem::kind, WorklistItem::caseId, WorklistItem::dueDate, WorklistItem::overdue)
                .containsExactly(tuple(WorklistItemKind.REGISTRATION_WAITING, "late", LocalDate.parse("2026-04-07"),
                        true));

        // Only the case officer's own cases (one handed over to them), answered and later consultations left out.
        Worklist officer = models.of("handlaggare", "CASE_OFFICER");
        assertThat(officer.user()).isEqualTo("handlaggare");
        assertThat(officer.today()).isEqualTo(TODAY);
        assertThat(officer.items()).extracting(WorklistItem::kind, WorklistItem::caseId, WorklistItem::consultationId,
                WorklistItem::followUpId, WorklistItem::daysOverdue, WorklistItem::overdue).containsExactly(
                tuple(WorklistItemKind.CONSULTATION_DUE, "own", "k4", null, 1, true),
                tuple(WorklistItemKind.CONSULTATION_DUE, "own", "k1", null, -5, false),
                tuple(WorklistItemKind.FOLLOW_UP_OPEN, "decided", null, "f1", null, false));
        assertThat(officer.items().get(0).title()).isEqualTo("Ärende own");
        assertThat(officer.items().get(0).number()).isEqualTo("MTP/own");
        assertThat(officer.items().get(2).daysWaiting()).isEqualTo(32);

        assertThat(models.of("ordforande", "LSG_CHAIR").items()).extracting(WorklistItem::kind,
                i -> i.caseId() + "/" + i.followUpId() + "/" + i.assignmentId() + "/" + i.guidelineId())
                .containsExactly(
                        tuple(WorklistItemKind.ASSIGNMENT_OVERDUE, "null/null/a2/null"),
                        // Both due on 7 April: by kind.
                        tuple(WorklistItemKind.REGISTRATION_WAITING, "late/null/null/null"),
                        tuple(WorklistItemKind.ASSIGNMENT_OVERDUE, "null/null/a1/null"),
                        tuple(WorklistItemKind.GUIDELINE_REVIEW_DUE, "null/null/null/RL-MTP-1"),
                        tuple(WorklistItemKind.FOLLOW_UP_OPEN, "decided/f1/null/null"),
                        tuple(WorklistItemKind.FOLLOW_UP_OPEN, "othersDecided/f1/null/null"),
                        tuple(WorklistItemKind.PROPOSAL_WAITING, "proposed/null/null/null"));

        // A LAG member sees the overdue assignments of their own groups only.
        assertThat(models.of("lag", "LAG_MEMBER").items()).extracting(WorklistItem::assignmentId, WorklistItem::title)
                .containsExactly(tuple("a1", "Uppdrag a1"));
        assertThat(models.of("annan-lag", "LAG_MEMBER").items()).isEmpty();
        assertThat(models.of("revisor", "AUDITOR").items()).isEmpty();
    }

    @Test
    void aUserWithTwoRolesGetsEachItemOnce() {
        events();
        Models models = Models.fresh();
        models.writer().apply(records, models.generations().active());

        List<WorklistItem> both = models.of("handlaggare", "CASE_OFFICER", "LSG_CHAIR").items();
        assertThat(both).filteredOn(i -> i.kind() == WorklistItemKind.FOLLOW_UP_OPEN)
                .extracting(WorklistItem::caseId).containsExactly("decided", "othersDecided");
        assertThat(both).hasSize(9);
    }

    @Test
    void theReadModelsAreTheSameShuffledRedeliveredAndReplayed() {
        events();
        Models ordered = Models.fresh();
        records.forEach(r -> ordered.writer().apply(r, ordered.generations().active()));
        Models shuffled = Models.fresh();
        Redelivery.batches(Redelivery.scrambled(records, 5, 20, 3), 7)
                .forEach(batch -> shuffled.writer().apply(batch, shuffled.generations().active()));
        assertThat(shuffled.digests().ofActive()).isEqualTo(ordered.digests().ofActive());
        assertThat(shuffled.of("ordforande", "LSG_CHAIR")).isEqualTo(ordered.of("ordforande", "LSG_CHAIR"));

        int next = ordered.generations().startBuilding();
        ordered.writer().apply(records, next);
        assertThat(ordered.digests().of(next).models().get(WorklistCaseRows.MODEL))
                .isEqualTo(ordered.digests().ofActive().models().get(WorklistCaseRows.MODEL));
        assertThat(ordered.digests().of(next)).isEqualTo(ordered.digests().ofActive());
    }
}
