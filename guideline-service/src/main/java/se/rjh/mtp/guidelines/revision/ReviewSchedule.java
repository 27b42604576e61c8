package se.rjh.mtp.guidelines.revision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;
import se.rjh.mtp.guidelines.library.LibraryStore;

/** What must be reviewed soon (planerad revision), from the library read model. */
@Component
class ReviewSchedule {

    /** The horizons the schedule offers, in days. */
    static final Set<Integer> HORIZONS = Set.of(30, 60, 90);

    private final LibraryStore library;
    private final Clock clock;

    ReviewSchedule(LibraryStore library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /** Guidelines in force whose review date is within {@code withinDays} of today (overdue ones too), earliest first. */
    List<ReviewDueItem> due(int withinDays) {
        if (!HORIZONS.contains(withinDays)) {
            throw new InvalidInputException("withinDays", "must be 30, 60 or 90");
        }
        LocalDate today = LocalDate.now(clock);
        return library.dueBy(today.plusDays(withinDays)).stream()
                .map(e -> new ReviewDueItem(e.documentNumber(), e.view().title(), e.view().ownerGroup(),
                        e.view().processOwner(), e.publishedVersion(), e.nextReviewDate(),
                        ChronoUnit.DAYS.between(today, e.nextReviewDate()), e.nextReviewDate().isBefore(today),
                        Objects.equals(e.reviewDueRaisedFor(), e.publishedVersion()), e.view().openVersion()))
                .toList();
    }
}
