package se.rjh.mtp.cases.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaitEnded;

/**
 * The open consultation requests and their due dates, kept in MongoDB so that deadlines survive a restart. A request
 * leaves the list when it is answered, waived, withdrawn, reported overdue, or its case is voided; a new due date
 * puts it back on the list with that date. Keyed by consultation id, so
 * a replayed event writes the same document again.
 *
 * <p>The collection holds only open requests, so the minutely due-date query reads no more than its own work list
 * even where it scans (mongo-java-server has unique indexes only); MongoDB uses the indexes declared here for it and
 * for a voided case's requests.
 */
@Component
@ProcessingGroup(ConsultationDeadlines.GROUP)
class ConsultationDeadlines {

    static final String GROUP = "consultation-deadlines";

    record Deadline(String caseId, String consultationId, LocalDate dueDate) {
    }

    private final MongoCollection<Document> deadlines;

    ConsultationDeadlines(MongoDatabase database) {
        this.deadlines = database.getCollection("consultation_deadlines");
        deadlines.createIndex(Indexes.ascending("dueDate"));
        deadlines.createIndex(Indexes.ascending("caseId"));
    }

    @EventHandler
    void on(ConsultationRequested event) {
        due(event.caseId(), event.consultationId(), event.dueDate());
    }

    @EventHandler
    void on(ConsultationDueDateChanged event) {
        due(event.caseId(), event.consultationId(), event.dueDate());
    }

    /** Answered, waived, withdrawn or reported overdue: the request leaves the list. */
    @EventHandler
    void on(ConsultationWaitEnded event) {
        deadlines.deleteOne(Filters.eq("_id", event.consultationId()));
    }

    private void due(String caseId, String consultationId, LocalDate dueDate) {
        Document doc = new Document("_id", consultationId).append("caseId", caseId)
                .append("dueDate", dueDate.toString());
        deadlines.replaceOne(Filters.eq("_id", consultationId), doc, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(CaseVoided event) {
        deadlines.deleteMany(Filters.eq("caseId", event.caseId()));
    }

    @ResetHandler
    void reset() {
        deadlines.deleteMany(new Document());
    }

    /** ISO dates compare correctly as strings. */
    List<Deadline> dueBefore(LocalDate day) {
        List<Deadline> due = new ArrayList<>();
        for (Document doc : deadlines.find(Filters.lt("dueDate", day.toString()))) {
            due.add(new Deadline(doc.getString("caseId"), doc.getString("_id"), LocalDate.parse(doc.getString("dueDate"))));
        }
        return due;
    }
}
