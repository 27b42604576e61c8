package se.rjh.mtp.reporting.guidelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.reporting.readmodel.DueDates;
import se.rjh.mtp.reporting.readmodel.Records;

/** Published guidelines, reviews due within 30, 60 and 90 days (cumulative), and reviews overdue. */
public final class GuidelineFigures {

    private GuidelineFigures() {
    }

    public static GuidelinesReport compute(List<Document> rows, LocalDate today) {
        long published = 0;
        long overdue = 0;
        List<LocalDate> due = new ArrayList<>();
        for (Document row : rows) {
            if (!row.getBoolean("published", false)) {
                continue;
            }
            published++;
            if (reviewOverdue(row, today)) {
                overdue++;
            } else {
                due.add(nextReview(row));
            }
        }
        return new GuidelinesReport(rows.size(), published, DueDates.dueWithin(due, today), overdue);
    }

    public static LocalDate nextReview(Document row) {
        return Records.date(row.getString("nextReviewOn"));
    }

    /** Guideline-service said the review date passed, or it has passed by today. */
    public static boolean reviewOverdue(Document row, LocalDate today) {
        return DueDates.overdue(row.getBoolean("reviewOverdue", false), nextReview(row), today);
    }
}
