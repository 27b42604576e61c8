package se.rjh.mtp.reporting.diarium;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.api.reporting.view.DiariumEntry;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Generations;

/**
 * The register as the public-records law asks: diarienummer, date received, sender and subject of every registered
 * case, read from the case rows. Where a case carries a secrecy marking, sender and subject are masked for readers
 * without access; the entry itself is always listed.
 */
@Component
record DiariumRegister(Generations generations) {

    Diarium entries(boolean mayReadProtected) {
        // Only registered cases have a diarienummer; Mongo filters, sorts and trims the rows.
        List<Document> rows = generations.active(CasePipelineRows.MODEL)
                .find(Filters.ne("caseNumber", null))
                .projection(Projections.include("caseNumber", "receivedOn", "sender", "subject", "secret"))
                .sort(Sorts.ascending("receivedOn", "caseNumber"))
                .into(new ArrayList<>());
        return new Diarium(rows.stream().map(row -> entry(row, mayReadProtected)).toList());
    }

    private static DiariumEntry entry(Document row, boolean mayReadProtected) {
        boolean secret = row.getBoolean("secret", false);
        boolean masked = secret && !mayReadProtected;
        return new DiariumEntry(row.getString("caseNumber"), row.getString("receivedOn"),
                Secrecy.shown(row.getString("sender"), masked), Secrecy.shown(row.getString("subject"), masked),
                secret);
    }
}
