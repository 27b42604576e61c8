package se.rjh.mtp.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;

/**
 * One document per case for the case list, fed by a tracking processor over this service's own event store. Each
 * document remembers the last sequence it applied, so an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(CaseListProjection.GROUP)
class CaseListProjection {

    static final String GROUP = "case-list";

    private final MongoCollection<Document> cases;

    CaseListProjection(MongoDatabase database) {
        this.cases = database.getCollection("case_list");
    }

    @EventHandler
    void on(CaseReceived event, @SequenceNumber long sequence) {
        Document doc = new Document("_id", event.caseId())
                .append("caseNumber", null)
                .append("subject", event.subject())
                .append("submitterName", event.submitter() == null ? null : event.submitter().name())
                .append("submitterUnit", event.submitter() == null ? null : event.submitter().unit())
                .append("caseType", event.caseType().name())
                .append("channel", event.channel().name())
                .append("step", "RECEIVED")
                .append("receivedOn", event.receivedOn().toString())
                .append("secret", false)
                .append("lastSequence", sequence);
        if (cases.find(Filters.eq("_id", event.caseId())).first() == null) {
            cases.replaceOne(Filters.eq("_id", event.caseId()), doc, new ReplaceOptions().upsert(true));
        }
    }

    @EventHandler
    void on(CaseRegistered event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.combine(Updates.set("caseNumber", event.caseNumber()),
                Updates.set("registeredOn", event.registeredOn().toString()),
                Updates.set("secret", event.secrecy() != null), Updates.set("step", "REGISTERED")));
    }

    @EventHandler
    void on(PreparationStarted event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.combine(Updates.set("step", "IN_PREPARATION"),
                Updates.set("caseOfficer", event.caseOfficer())));
    }

    @EventHandler
    void on(ConsultationRequested event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set("step", "IN_CONSULTATION"));
    }

    @EventHandler
    void on(DecisionProposed event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set("step", "DECISION_PROPOSED"));
    }

    @EventHandler
    void on(ProposalReturned event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set("step", "IN_PREPARATION"));
    }

    @EventHandler
    void on(CaseDecided event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set("step", "DECIDED"));
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set("step", "CLOSED"));
    }

    @EventHandler
    void on(CaseVoided event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set("step", "VOIDED"));
    }

    @ResetHandler
    void reset() {
        cases.deleteMany(new Document());
    }

    /** Applies the change only if the event is newer than what the document has seen. */
    private void update(String caseId, long sequence, Bson change) {
        cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.lt("lastSequence", sequence)),
                Updates.combine(change, Updates.set("lastSequence", sequence)));
    }

    /** The cases matching step and type; free-text filtering and paging are done by the caller. */
    List<Document> find(String step, String caseType) {
        List<Bson> filters = new ArrayList<>();
        if (step != null && !step.isBlank()) {
            filters.add(Filters.eq("step", step));
        }
        if (caseType != null && !caseType.isBlank()) {
            filters.add(Filters.eq("caseType", caseType));
        }
        return cases.find(filters.isEmpty() ? new Document() : Filters.and(filters)).into(new ArrayList<>());
    }
}
