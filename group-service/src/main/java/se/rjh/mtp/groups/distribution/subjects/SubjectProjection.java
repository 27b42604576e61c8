package se.rjh.mtp.groups.distribution.subjects;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseReopened;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineRetired;
import se.rjh.mtp.api.guidelines.VersionPublished;
import se.rjh.mtp.groups.distribution.domain.DistributableSubjects;
import se.rjh.mtp.groups.distribution.domain.SubjectEntry;

/**
 * One document per case or guideline: its reference, its title and whether it may be distributed now. Every update
 * sets fields to what the event says, so a redelivered event changes nothing. A reopened or voided case and a retired
 * guideline may no longer be distributed; a case decided again, or a guideline's next published version, may.
 */
@Component
@ProcessingGroup(SubjectProjection.GROUP)
class SubjectProjection implements DistributableSubjects {

    static final String GROUP = "distributable-subjects";
    static final String COLLECTION = "distributable_subjects";

    private final MongoCollection<Document> subjects;

    SubjectProjection(MongoDatabase database) {
        this.subjects = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<SubjectEntry> find(DistributionSubjectKind kind, String subjectId) {
        Document d = subjects.find(Filters.eq("_id", id(kind, subjectId))).first();
        if (d == null || !d.getBoolean("distributable", false)) {
            return Optional.empty();
        }
        return Optional.of(new SubjectEntry(kind, subjectId, d.getString("reference"), d.getString("title")));
    }

    @EventHandler
    void on(CaseDecided e) {
        String title = e.caseType() == CaseType.MTP_COUNCIL_RECOMMENDATION
                ? "MTP-rådets rekommendation, ärende " + e.caseNumber()
                : "Beslut i ärende " + e.caseNumber();
        set(DistributionSubjectKind.CASE_DECISION, e.caseId(), Updates.combine(Updates.set("reference", e.caseNumber()),
                Updates.set("title", title), Updates.set("distributable", true)));
    }

    @EventHandler
    void on(CaseReopened e) {
        set(DistributionSubjectKind.CASE_DECISION, e.caseId(), Updates.set("distributable", false));
    }

    @EventHandler
    void on(CaseVoided e) {
        set(DistributionSubjectKind.CASE_DECISION, e.caseId(), Updates.set("distributable", false));
    }

    @EventHandler
    void on(GuidelineDrafted e) {
        set(DistributionSubjectKind.GUIDELINE, e.documentNumber(), Updates.set("title", e.title()));
    }

    @EventHandler
    void on(VersionPublished e) {
        set(DistributionSubjectKind.GUIDELINE, e.documentNumber(), Updates.combine(
                Updates.set("reference", e.documentNumber() + " version " + e.versionNumber()),
                Updates.set("distributable", true)));
    }

    @EventHandler
    void on(GuidelineRetired e) {
        set(DistributionSubjectKind.GUIDELINE, e.documentNumber(), Updates.set("distributable", false));
    }

    private void set(DistributionSubjectKind kind, String subjectId, Bson update) {
        subjects.updateOne(Filters.eq("_id", id(kind, subjectId)), update, new UpdateOptions().upsert(true));
    }

    private static String id(DistributionSubjectKind kind, String subjectId) {
        return kind.name() + ":" + subjectId;
    }
}
