package se.rjh.mtp.reporting.guidelines;

import static se.rjh.mtp.reporting.readmodel.Records.text;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowFold;

/** One row per guideline-service aggregate: number, whether a version is in force, and the next review date. */
@Component
public class GuidelineRows extends RowFold {

    public static final String MODEL = "guidelines";

    public GuidelineRows() {
        super(MODEL, record -> "guideline-service".equals(Records.service(record))
                && GuidelineEvents.CREATED.contains(Records.type(record)));
    }

    @Override
    protected Document emptyRow() {
        return new Document("number", null).append("title", null).append("documentType", null)
                .append("published", false).append("nextReviewOn", null).append("reviewOverdue", false)
                .append("sourceCaseIds", new ArrayList<String>());
    }

    @Override
    protected Document fold(Document row, Document r) {
        setIfPresent(row, "number", text(r, GuidelineEvents.NUMBER));
        setIfPresent(row, "title", text(r, GuidelineEvents.TITLE));
        setIfPresent(row, "documentType", text(r, GuidelineEvents.DOCUMENT_TYPE));
        setIfPresent(row, "nextReviewOn", text(r, GuidelineEvents.NEXT_REVIEW));
        String caseId = text(r, GuidelineEvents.SOURCE_CASE);
        List<String> sourceCases = row.getList("sourceCaseIds", String.class);
        if (caseId != null && !sourceCases.contains(caseId)) {
            sourceCases.add(caseId);
        }
        if (Records.isType(r, GuidelineEvents.PUBLISHED)) {
            row.put("published", true);
        }
        if (Records.isType(r, GuidelineEvents.WITHDRAWN)) {
            row.put("published", false);
        }
        if (Records.isType(r, GuidelineEvents.REVIEW_DONE)) {
            row.put("reviewOverdue", false);
        }
        if (Records.isType(r, GuidelineEvents.REVIEW_OVERDUE)) {
            row.put("reviewOverdue", true);
        }
        return row;
    }
}
