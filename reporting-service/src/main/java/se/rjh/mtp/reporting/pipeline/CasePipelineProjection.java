package se.rjh.mtp.reporting.pipeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseReceived;

/**
 * Keeps one document per case. Kafka may deliver an event again after a restart, so each document remembers the
 * last aggregate sequence it applied and ignores anything not newer: a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(CasePipelineProjection.GROUP)
class CasePipelineProjection {

    static final String GROUP = "case-pipeline";

    private final MongoCollection<Document> cases;

    CasePipelineProjection(MongoDatabase database) {
        this.cases = database.getCollection("pipeline_cases");
    }

    @EventHandler
    void on(CaseReceived event, @SequenceNumber long sequence) {
        Document current = cases.find(Filters.eq("_id", event.caseId())).first();
        if (current != null && current.getLong("lastSequence") >= sequence) {
            return;
        }
        Document doc = new Document("_id", event.caseId())
                .append("subject", event.subject())
                .append("caseType", event.caseType().name())
                .append("channel", event.channel().name())
                .append("step", "RECEIVED")
                .append("receivedOn", event.receivedOn().toString())
                .append("lastSequence", sequence);
        cases.replaceOne(Filters.eq("_id", event.caseId()), doc, new ReplaceOptions().upsert(true));
    }
}
