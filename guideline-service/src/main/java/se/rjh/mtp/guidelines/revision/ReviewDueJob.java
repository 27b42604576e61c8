package se.rjh.mtp.guidelines.revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.guidelines.domain.Commands.MarkReviewDue;
import se.rjh.mtp.guidelines.library.LibraryStore;
import se.rjh.mtp.platform.deadline.DeadlineJob;
import se.rjh.mtp.platform.deadline.DeadlineScan;
import se.rjh.mtp.platform.deadline.DeadlineScanner;

/**
 * Finds published versions whose review date has come and tells each guideline so; the aggregate raises the event
 * once per published version.
 */
@Component
class ReviewDueJob extends DeadlineJob {

    ReviewDueJob(LibraryStore library, DeadlineScanner scanner) {
        super(scanner, new DeadlineScan<>("guideline-review-due", today -> dueOn(library.inForce(), today),
                LibraryStore.Entry::documentNumber,
                (entry, today) -> new MarkReviewDue(entry.documentNumber(), entry.publishedVersion(), today)));
    }

    @Scheduled(fixedDelayString = "${mtp.guidelines.review-check-interval:PT10M}",
            initialDelayString = "${mtp.guidelines.review-check-initial-delay:PT10S}")
    void raiseDueReviews() {
        runScheduled();
    }

    /** Published versions whose review date has come and whose guideline has not been told yet. */
    private static List<LibraryStore.Entry> dueOn(List<LibraryStore.Entry> entries, LocalDate today) {
        return entries.stream()
                .filter(entry -> entry.published() && entry.nextReviewDate() != null
                        && !entry.nextReviewDate().isAfter(today)
                        && !Objects.equals(entry.reviewDueRaisedFor(), entry.publishedVersion()))
                .toList();
    }
}
