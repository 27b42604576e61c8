package se.rjh.mtp.reporting.guidelines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.reporting.readmodel.Records;

/** Published guidelines, reviews due within 30, 60 and 90 days (cumulative), and reviews overdue. */
public final class GuidelineFigures {

    private GuidelineFigures() {
    }

    public static GuidelinesReport compute(List<Document> rows, LocalDate today) {
        long published = 0;
        long due30 = 0;
        long due60 = 0;
        long due90 = 0;
        long overdue = 0;
        for (Document row : rows) {
            if (!row.getBoolean("published", false)) {
                continue;
            }
            published++;
            LocalDate review = nextReview(row);
            if (reviewOverdue(row, today)) {
                overdue++;
            } else if (review != null) {
                due30 += review.isAfter(today.plusDays(30)) ? 0 : 1;
                due60 += review.isAfter(today.plusDays(60)) ? 0 : 1;
                due90 += review.isAfter(today.plusDays(90)) ? 0 : 1;
            }
        }
        return new GuidelinesReport(rows.size(), published, Map.of("30", due30, "60", due60, "90", due90), overdue);
    }

    public static LocalDate nextReview(Document row) {
        return Records.date(row.getString("nextReviewOn"));
    }

    /** Guideline-service said the review date passed, or it has passed by today. */
    public static boolean reviewOverdue(Document row, LocalDate today) {
        LocalDate review = nextReview(row);
        return row.getBoolean("reviewOverdue", false) || (review != null && review.isBefore(today));
    }
}
