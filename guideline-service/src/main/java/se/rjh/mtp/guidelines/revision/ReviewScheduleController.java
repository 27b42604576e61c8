package se.rjh.mtp.guidelines.revision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.guidelines.library.LibraryStore;

@RestController
@RequestMapping("/api/guidelines/review-schedule")
@Tag(name = "Scheduled revision", description = "Planerad revision: what must be reviewed soon. Any authenticated user.")
class ReviewScheduleController {

    private static final Set<Integer> HORIZONS = Set.of(30, 60, 90);

    private final LibraryStore library;
    private final Clock clock;

    ReviewScheduleController(LibraryStore library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    @Schema(name = "ReviewDueItem", description = "A published guideline whose review date falls within the horizon")
    record DueItem(String documentNumber, String title, String ownerGroup, String processOwner, int publishedVersion,
                   LocalDate nextReviewDate, long daysLeft, boolean overdue, boolean reviewDueRaised,
                   Integer openVersion) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Published guidelines due for review within 30, 60 or 90 days (overdue ones included)",
            description = "Any authenticated user. Sorted by review date.")
    List<DueItem> due(@RequestParam(defaultValue = "90") int withinDays) {
        if (!HORIZONS.contains(withinDays)) {
            throw new InvalidInputException("withinDays", "must be 30, 60 or 90");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(withinDays);
        return library.all().stream()
                .filter(e -> e.published() && e.nextReviewDate() != null && !e.nextReviewDate().isAfter(horizon))
                .map(e -> new DueItem(e.documentNumber(), e.title(), e.ownerGroup(), e.processOwner(),
                        e.publishedVersion(), e.nextReviewDate(), ChronoUnit.DAYS.between(today, e.nextReviewDate()),
                        e.nextReviewDate().isBefore(today),
                        Objects.equals(e.reviewDueRaisedFor(), e.publishedVersion()), e.openVersion()))
                .sorted(Comparator.comparing(DueItem::nextReviewDate))
                .toList();
    }
}
