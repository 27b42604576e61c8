package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.guidelines.GuidelineFollowUpReported;
import se.rjh.mtp.api.guidelines.GuidelineNumberAllocated;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWithdrawn;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.groups.AssignmentAccepted;
import se.rjh.mtp.api.groups.AssignmentDelivered;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentFeedbackGiven;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.reporting.view.GroupStates;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.api.reporting.view.IncidentsReport;
import se.rjh.mtp.api.reporting.view.OverdueAssignments;
import se.rjh.mtp.api.reporting.view.PastConsultationDue;
import se.rjh.mtp.api.reporting.view.PercentileSummary;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.api.reporting.view.ReadModelDigest;
import se.rjh.mtp.api.reporting.view.WorkingGroupsReport;
import se.rjh.mtp.reporting.dashboard.DashboardFigures;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.worklist.WorklistCaseRows;
import se.rjh.mtp.reporting.worklist.WorklistGroupRows;

/** Every read model fed with generic records, without Kafka; a Mongo-wire server in memory holds the rows. */
class ProjectionTest {

    @AutoClose
    private static final WireMongo MONGO = new WireMongo();
    private static final Serializer SERIALIZER = EventFactory.platformLikeSerializer();
    private static final Clock TODAY = Clock.fixed(Scenario.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private record Models(ReadModelWriter writer, Generations generations, DashboardFigures figures,
                          ReadModelDigests digests) {
        void feed(List<Document> records) {
            records.forEach(r -> writer.apply(r, generations.active()));
        }

        /** The records as batches of {@code size}, as the live consumer or a replay hands them over. */
        void feedInBatches(List<Document> records, int size) {
            Redelivery.batches(records, size).forEach(batch -> writer.apply(batch, generations.active()));
        }

        List<Document> dump(String model) {
            return generations.active(model).find().into(new ArrayList<>());
        }

        /** Puts a collection back as it was: the writes of a batch that crashed before reaching it. */
        void restore(String model, List<Document> docs) {
            generations.active(model).deleteMany(new Document());
            if (!docs.isEmpty()) {
                generations.active(model).insertMany(docs);
            }
        }
    }

    private static Models models() {
        MongoDatabase db = MONGO.freshDatabase("projection");
        Generations generations = new Generations(db);
        ReadModelWriter writer = new ReadModelWriter(generations, List.of(new CasePipelineRows(), new IncidentRows(),
                new AssignmentRows(SERIALIZER), new GuidelineRows(), new WorklistCaseRows(), new WorklistGroupRows()));
        return new Models(writer, generations, new DashboardFigures(generations, writer, TODAY),
                new ReadModelDigests(generations, writer));
    }

    private static List<Document> records(Scenario scenario) {
        return scenario.events.stream().map(m -> AuditRecords.from(m, SERIALIZER)).toList();
    }

    @Test
    void pipelineCountsStepsTypesMonthsLeadTimesAndTurnaround() {
        Models models = models();
        models.feed(records(new Scenario(new EventFactory(SERIALIZER), "p")));

        PipelineReport pipeline = models.figures().pipeline();
        assertThat(pipeline.total()).isEqualTo(2);
        assertThat(pipeline.perStep()).isEqualTo(Map.of("DECIDED", 1, "REGISTERED", 1));
        assertThat(pipeline.perCaseType()).isEqualTo(Map.of("IN_HOUSE_MANUFACTURING", 1, "INCIDENT_FOLLOW_UP", 1));
        assertThat(pipeline.receivedPerMonth()).isEqualTo(Map.of("2026-02", 1, "2026-03", 1));
        Map<String, PercentileSummary> lead = pipeline.leadTimeHoursPerStep();
        // The number series' event between intake and registration is no step of the case.
        assertThat(lead.get("RECEIVED")).isEqualTo(new PercentileSummary(2, 2.0, 2.0));
        assertThat(lead.get("IN_CONSULTATION")).isEqualTo(new PercentileSummary(1, 4.0, 4.0));
        assertThat(pipeline.consultationTurnaroundDaysPerBody())
                .isEqualTo(Map.of("SAFETY_COUNCIL", new PercentileSummary(1, 0.08, 0.08)));
        // The open consultation c2 is past due, but the case is decided: nothing is waiting on it any more.
        assertThat(pipeline.pastConsultationDue()).isEqualTo(new PastConsultationDue(0, List.of()));
    }

    @Test
    void aCaseStillInConsultationPastItsDueDateIsCounted() {
        Models models = models();
        Scenario scenario = new Scenario(new EventFactory(SERIALIZER), "d");
        models.feed(records(scenario).subList(0, 9));

        assertThat(models.figures().pipeline().pastConsultationDue())
                .isEqualTo(new PastConsultationDue(1, List.of(scenario.caseId)));
    }

    @Test
    void onlyGuidelinesAreCountedNotTheNumberSeriesOrTheReportsOfCaseFollowUps() {
        Models models = models();
        List<Document> records = new ArrayList<>(records(new Scenario(new EventFactory(SERIALIZER), "g")));
        EventFactory f = new EventFactory(SERIALIZER);
        Instant at = Instant.parse("2026-03-10T10:00:00Z");
        records.add(AuditRecords.from(f.event("GuidelineNumberSeries", "guideline-numbers",
                new GuidelineNumberAllocated("guideline-numbers", 1, "RL-MTP-1", null), "handlaggare", "c", at),
                SERIALIZER));
        records.add(AuditRecords.from(f.event("CaseFollowUpReport", "follow-up-1",
                new GuidelineFollowUpReported("RL-MTP-99", "c1", "f1", FollowUpKind.GUIDELINE_REVISION,
                        FollowUpOutcome.NOT_POSSIBLE, "Riktlinjen RL-MTP-99 finns inte.", Scenario.TODAY),
                "system:guideline-service", "c", at), SERIALIZER));
        models.feed(records);

        assertThat(models.figures().guidelines().total()).isEqualTo(1);
    }

    @Test
    void workingGroupsGuidelinesAndIncidents() {
        Models models = models();
        Scenario scenario = new Scenario(new EventFactory(SERIALIZER), "w");
        models.feed(records(scenario));

        WorkingGroupsReport groups = models.figures().workingGroups();
        assertThat(groups.perGroup()).isEqualTo(Map.of("lag-tillverkning",
                new GroupStates("LAG Tillverkning och säkerhet", Map.of("IN_PROGRESS", 1))));
        assertThat(groups.overdue()).isEqualTo(new OverdueAssignments(1, List.of(scenario.assignmentId)));
        assertThat(groups.latestReportStatusCounts()).isEqualTo(Map.of("RED", 1));

        GuidelinesReport guidelines = models.figures().guidelines();
        assertThat(guidelines.published()).isEqualTo(1L);
        assertThat(guidelines.reviewsOverdue()).isZero();
        assertThat(guidelines.reviewsDueWithin()).isEqualTo(Map.of("30", 0L, "60", 1L, "90", 1L));

        assertThat(models.figures().incidents()).isEqualTo(new IncidentsReport(1, 1, 1, 0, 1));
    }

    @Test
    void duplicatesAndOutOfOrderDeliveryGiveIdenticalReadModels() {
        List<Document> inOrder = records(new Scenario(new EventFactory(SERIALIZER), "o"));
        List<Document> shuffled = Redelivery.scrambled(inOrder, 2, 9, 7);
        Collections.reverse(shuffled.subList(0, 5));

        Models ordered = models();
        ordered.feed(inOrder);
        Models scrambled = models();
        scrambled.feed(shuffled);
        scrambled.feed(inOrder.subList(0, 3));

        assertThat(scrambled.digests().ofActive()).isEqualTo(ordered.digests().ofActive());
        assertThat(scrambled.figures().all()).isEqualTo(ordered.figures().all());
        assertThat(ordered.generations().active(ReadModelWriter.AUDIT_LOG).countDocuments())
                .isEqualTo(inOrder.size());
    }

    @Test
    void anUnknownEventTypeIsRecordedWithoutDisturbingTheRows() {
        Models models = models();
        EventFactory factory = new EventFactory(SERIALIZER);
        Scenario scenario = new Scenario(factory, "u");
        List<Document> records = new ArrayList<>(records(scenario));
        records.add(AuditRecords.from(factory.event("Case", scenario.caseId,
                Map.of("caseId", scenario.caseId, "somethingNew", 42), "handlaggare", "corr", Scenario.START),
                SERIALIZER));
        models.feed(records);

        Document row = models.generations().active(CasePipelineRows.MODEL)
                .find(new Document("_id", scenario.caseId)).first();
        assertThat(row.getString("step")).isEqualTo("DECIDED");
        assertThat(row.get("lastSequence", Number.class).longValue()).isEqualTo(8L);
    }

    /** Issue 15's corrections: the row follows a corrected subject, a later marking and its lifting, new due dates. */
    @Test
    void correctionsAfterRegistrationReachTheCaseRow() {
        Models models = models();
        EventFactory f = new EventFactory(SERIALIZER);
        String caseId = "k-case";
        String number = "MTP/7/2026";
        LocalDate day = LocalDate.parse("2026-03-02");
        SecrecyMarking marking = new SecrecyMarking("OSL 19 kap. 3 §", day, "registrator");
        List<Object> caseEvents = otherCase(caseId, number, "Felstavat", day,
                new RegistrationCorrected(caseId, number, "Rättat", null, null, null, null, "Stavfel"),
                new SecrecyMarkingChanged(caseId, number, null, marking, "Affärshemlighet"),
                new PreparationStarted(caseId, number, CaseType.OTHER, "handlaggare", day),
                new ConsultationRequested(caseId, "k1", ConcernedBody.PATIENT_SAFETY, "Fråga", day.plusDays(7)),
                new ConsultationRequested(caseId, "k2", ConcernedBody.PATIENT_SAFETY, "Fråga", day.plusDays(7)),
                new ConsultationOverdue(caseId, "k1", ConcernedBody.PATIENT_SAFETY, day.plusDays(7), day.plusDays(8)),
                new ConsultationDueDateChanged(caseId, "k1", ConcernedBody.PATIENT_SAFETY, day.plusDays(7),
                        Scenario.TODAY.plusDays(10), "Anstånd"),
                new ConsultationWithdrawn(caseId, "k2", ConcernedBody.PATIENT_SAFETY, "Inte aktuell"));
        List<DomainEventMessage<?>> events = hourly(f, caseId, caseEvents);
        Instant at = events.get(events.size() - 1).getTimestamp();
        List<Document> records = events.stream().map(m -> AuditRecords.from(m, SERIALIZER)).toList();
        models.feed(records);

        Document row = models.generations().active(CasePipelineRows.MODEL).find(new Document("_id", caseId)).first();
        assertThat(row.getString("subject")).isEqualTo("Rättat");
        assertThat(row.getBoolean("secret")).isTrue();
        assertThat(row.getList("consultations", Document.class))
                .extracting(c -> c.getString("dueDate"), c -> c.getBoolean("overdue"), c -> c.getBoolean("waived"))
                .containsExactly(tuple(Scenario.TODAY.plusDays(10).toString(), false, false),
                        tuple(day.plusDays(7).toString(), false, true));
        assertThat(models.figures().pipeline().pastConsultationDue()).isEqualTo(new PastConsultationDue(0, List.of()));

        models.feed(List.of(AuditRecords.from(f.event("Case", caseId,
                new SecrecyMarkingChanged(caseId, number, marking, null, "Upphört"), "ordforande", "c",
                at.plusSeconds(3600)), SERIALIZER)));
        assertThat(models.generations().active(CasePipelineRows.MODEL).find(new Document("_id", caseId)).first()
                .getBoolean("secret")).isFalse();
    }

    @Test
    void returnedProposalsFeedbackOutcomesDraftsAndNonCaseAggregatesFollowTheRealEvents() {
        Models models = models();
        EventFactory f = new EventFactory(SERIALIZER);
        String caseId = "r-case";
        String number = "MTP/1/2026";
        LocalDate day = LocalDate.parse("2026-03-02");
        LocalDate due = LocalDate.parse("2026-03-10");
        List<Object> caseEvents = otherCase(caseId, number, "Retur", day,
                new PreparationStarted(caseId, number, CaseType.OTHER, "handlaggare", day),
                new DecisionProposed(caseId, number, CaseType.OTHER, "Förslag", "Skäl", "Ingen berörd instans"),
                new ProposalReturned(caseId, number, "Komplettera"));
        List<DomainEventMessage<?>> events = hourly(f, caseId, caseEvents);
        Instant at = events.get(events.size() - 1).getTimestamp();
        events.add(f.event("CaseNumberSeries", "r-series", new CaseNumberAssigned("r-series", 2026, 1, number, caseId),
                "registrator", "c", at));
        events.add(f.event("WorkingGroup", "lag-x", new WorkingGroupEstablished("lag-x", "LAG X", GroupKind.LAG,
                "Mandat", "lsg", day), "admin", "c", at));
        events.add(f.event("Assignment", "r-draft", new AssignmentDrafted("r-draft", "lag-x", "LAG X", "Utkast", null,
                List.of(), due, caseId, "f1"), "system", "c", at));
        for (FeedbackOutcome outcome : FeedbackOutcome.values()) {
            String id = "r-" + outcome;
            events.add(f.event("Assignment", id, new AssignmentIssued(id, "lag-x", "LAG X", "Uppdrag", "Gör", List.of("R"),
                    due, null, "ordforande", day), "ordforande", "c", at));
            events.add(f.event("Assignment", id, new AssignmentAccepted(id, "lag-x", "lag", day), "lag", "c", at));
            events.add(f.event("Assignment", id, new ProgressReported(id, "lag-x", ProgressStatus.YELLOW, "Pågår", "lag",
                    day), "lag", "c", at));
            events.add(f.event("Assignment", id, new AssignmentDelivered(id, "lag-x", "Klar", "lag", day), "lag", "c", at));
            events.add(f.event("Assignment", id, new AssignmentFeedbackGiven(id, "lag-x", outcome, "Tack", "ordforande",
                    day), "ordforande", "c", at));
        }
        models.feed(events.stream().map(m -> AuditRecords.from(m, SERIALIZER)).toList());

        Document row = models.generations().active(CasePipelineRows.MODEL).find(new Document("_id", caseId)).first();
        assertThat(row.getList("steps", Document.class).stream().map(d -> d.getString("step")).toList())
                .containsExactly("RECEIVED", "REGISTERED", "IN_PREPARATION", "DECISION_PROPOSED", "IN_PREPARATION");
        assertThat(models.figures().pipeline().total()).isEqualTo(1);
        assertThat(models.figures().pipeline().perStep()).isEqualTo(Map.of("IN_PREPARATION", 1));
        WorkingGroupsReport groups = models.figures().workingGroups();
        assertThat(groups.total()).isEqualTo(3);
        assertThat(groups.perGroup()).isEqualTo(Map.of("lag-x", new GroupStates("LAG X",
                Map.of("DRAFTED", 1, "COMPLETED", 1, "IN_PROGRESS", 1))));
        // Past due: only the one sent back to work; the draft is not issued and the completed one waits for nothing.
        assertThat(groups.overdue()).isEqualTo(new OverdueAssignments(1, List.of("r-REVISION_REQUESTED")));
    }

    @Test
    void aBatchWithSeveralEventsOfOneAggregateGivesTheRowsOfOneByOneDelivery() {
        List<Document> records = records(new Scenario(new EventFactory(SERIALIZER), "b"));
        Models oneByOne = models();
        oneByOne.feed(records);
        Models batched = models();
        batched.feedInBatches(records, records.size());

        assertThat(batched.digests().ofActive()).isEqualTo(oneByOne.digests().ofActive());
        Document row = batched.generations().active(CasePipelineRows.MODEL).find(new Document("_id", "b-case")).first();
        assertThat(row.getList("steps", Document.class)).hasSize(6);
        assertThat(row.getList("consultations", Document.class)).hasSize(2);
    }

    @Test
    void redeliveryInABatchChangesNothing() {
        List<Document> records = records(new Scenario(new EventFactory(SERIALIZER), "r"));
        Models once = models();
        once.feedInBatches(records, records.size());
        Models again = models();
        again.feedInBatches(records.subList(0, 12), 12);
        List<Document> redelivered = new ArrayList<>(records.subList(0, 15));
        redelivered.addAll(records.subList(3, 9));
        again.feedInBatches(redelivered, redelivered.size());
        again.feedInBatches(records, 6);

        assertThat(again.digests().ofActive()).isEqualTo(once.digests().ofActive());
        assertThat(again.generations().active(ReadModelWriter.AUDIT_LOG).countDocuments()).isEqualTo(records.size());
    }

    @Test
    void aCrashBetweenTheWritesAndTheTokenIsHarmlessWhenTheBatchComesAgain() {
        List<Document> records = records(new Scenario(new EventFactory(SERIALIZER), "c"));
        List<Document> first = records.subList(0, 7);
        List<Document> second = records.subList(7, records.size());
        Models clean = models();
        clean.feedInBatches(first, first.size());
        clean.feedInBatches(second, second.size());

        // Rows written, streams (positions and heads) not: the batch arrives again from the last stored token.
        Models rowsOnly = models();
        rowsOnly.feedInBatches(first, first.size());
        List<Document> streams = rowsOnly.dump(ReadModelWriter.STREAMS);
        rowsOnly.feedInBatches(second, second.size());
        rowsOnly.restore(ReadModelWriter.STREAMS, streams);
        rowsOnly.feedInBatches(second, second.size());

        // Only some row collections written, in part of a batch that arrives again in smaller batches.
        Models someRows = models();
        someRows.feedInBatches(first, first.size());
        List<Document> streamsBefore = someRows.dump(ReadModelWriter.STREAMS);
        List<Document> incidentsBefore = someRows.dump(IncidentRows.MODEL);
        someRows.feedInBatches(second, second.size());
        someRows.restore(ReadModelWriter.STREAMS, streamsBefore);
        someRows.restore(IncidentRows.MODEL, incidentsBefore);
        someRows.feedInBatches(second, 3);

        assertThat(rowsOnly.digests().ofActive()).isEqualTo(clean.digests().ofActive());
        assertThat(someRows.digests().ofActive()).isEqualTo(clean.digests().ofActive());
        assertThat(clean.figures().incidents().total()).isEqualTo(1);
    }

    @Test
    void outOfOrderBatchesAndAReplayIntoTheNextGenerationGiveIdenticalDigests() {
        List<Document> inOrder = records(new Scenario(new EventFactory(SERIALIZER), "x"));
        List<Document> shuffled = Redelivery.scrambled(inOrder, 4, 10, 11);
        Models live = models();
        live.feedInBatches(shuffled, 4);
        Models ordered = models();
        ordered.feed(inOrder);
        assertThat(live.digests().ofActive()).isEqualTo(ordered.digests().ofActive());

        int next = live.generations().startBuilding();
        Redelivery.batches(inOrder, 5).forEach(batch -> live.writer().apply(batch, next));
        assertThat(live.digests().of(next)).isEqualTo(live.digests().ofActive());
    }

    @Test
    void streamsStoredBeforeHeadsHadASequenceAreFoldedAgainOnTheirNextEvent() {
        List<Document> records = records(new Scenario(new EventFactory(SERIALIZER), "l"));
        Models current = models();
        current.feed(records);
        Models legacy = models();
        legacy.feed(records.subList(0, records.size() - 1));
        // As the previous writer left them: one stream document listing its event ids, rows without a sequence.
        MongoCollection<Document> streams = legacy.generations().active(ReadModelWriter.STREAMS);
        Map<String, List<String>> ids = new java.util.TreeMap<>();
        legacy.dump(ReadModelWriter.AUDIT_LOG).forEach(r -> ids.computeIfAbsent(r.getString("aggregateId"),
                k -> new ArrayList<>()).add(r.getString("_id")));
        streams.deleteMany(new Document());
        ids.forEach((aggregate, events) -> streams.insertOne(new Document("_id", aggregate).append("events", events)));
        MongoCollection<Document> incidents = legacy.generations().active(IncidentRows.MODEL);
        incidents.updateMany(new Document(), new Document("$unset", new Document("lastSequence", "")));

        Document last = records.get(records.size() - 1);
        legacy.feed(List.of(last));

        // The rows are right at once; each stream takes the new shape when its aggregate is next written (or replayed).
        Map<String, ReadModelDigest> migrated = new java.util.HashMap<>(legacy.digests().ofActive().models());
        Map<String, ReadModelDigest> expected = new java.util.HashMap<>(current.digests().ofActive().models());
        migrated.remove(ReadModelWriter.STREAMS);
        expected.remove(ReadModelWriter.STREAMS);
        assertThat(migrated).isEqualTo(expected);
        assertThat(streams.find(new Document("_id", last.getString("aggregateId"))).first())
                .isEqualTo(current.generations().active(ReadModelWriter.STREAMS)
                        .find(new Document("_id", last.getString("aggregateId"))).first());
    }

    @Test
    void aLongStreamKeepsItsEventIdsInPagesAndAnEventArrivingLateIsFoldedIn() {
        EventFactory factory = new EventFactory(SERIALIZER);
        List<Document> series = new ArrayList<>();
        for (int n = 1; n <= 150; n++) {
            series.add(AuditRecords.from(factory.event("CaseNumberSeries", "long-series", new CaseNumberAssigned(
                    "long-series", 2026, n, "MTP/" + n + "/2026", "case-" + n), "registrator", "c", Scenario.START),
                    SERIALIZER));
        }
        Models ordered = models();
        ordered.feedInBatches(series, 40);
        List<Document> late = new ArrayList<>(series);
        Document delayed = late.remove(70);
        late.add(delayed);
        Models scrambled = models();
        scrambled.feedInBatches(late, 40);
        scrambled.feedInBatches(series.subList(60, 80), 20);

        assertThat(scrambled.digests().ofActive()).isEqualTo(ordered.digests().ofActive());
        assertThat(scrambled.writer().streamOf("long-series")).extracting(d -> d.getString("_id"))
                .containsExactlyElementsOf(series.stream().map(d -> d.getString("_id")).toList());
        assertThat(ordered.generations().active(ReadModelWriter.STREAMS).find(new Document("_id", "long-series"))
                .first()).containsEntry("pages", 2).containsEntry("lastSequence", 149L);
    }

    /** A case's events as the case officer's, an hour apart from the scenario's start. */
    /** A case of type OTHER received by e-mail with this subject and registered on the day, then {@code later}. */
    private static List<Object> otherCase(String caseId, String number, String subject, LocalDate day,
                                          Object... later) {
        List<Object> events = new ArrayList<>(List.of(
                new CaseReceived(caseId, subject, null, CaseType.OTHER, Channel.EMAIL, new Submitter("A", null, null),
                        day, null),
                new CaseRegistered(caseId, number, CaseType.OTHER, "Övrigt", null, null, day, day)));
        events.addAll(List.of(later));
        return events;
    }

    private static List<DomainEventMessage<?>> hourly(EventFactory f, String caseId, List<Object> payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Instant at = Scenario.START;
        for (Object payload : payloads) {
            at = at.plusSeconds(3600);
            events.add(f.event("Case", caseId, payload, "handlaggare", "c", at));
        }
        return events;
    }
}
