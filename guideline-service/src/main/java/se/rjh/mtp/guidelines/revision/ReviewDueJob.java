package se.rjh.mtp.guidelines.revision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.guidelines.domain.Commands.MarkReviewDue;
import se.rjh.mtp.guidelines.library.LibraryStore;

/**
 * Finds published versions whose review date has come and tells each guideline so. The deadline lives in the
 * stored read model, not in memory, so it survives a restart; the aggregate raises the event only once per
 * published version, so sending the command again (after a restart, before the read model caught up) is harmless.
 */
@Component
class ReviewDueJob {

    private static final Logger log = LoggerFactory.getLogger(ReviewDueJob.class);

    private final LibraryStore library;
    private final CommandGateway commands;
    private final Clock clock;

    ReviewDueJob(LibraryStore library, CommandGateway commands, Clock clock) {
        this.library = library;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mtp.guidelines.review-check-interval:PT10M}",
            initialDelayString = "${mtp.guidelines.review-check-initial-delay:PT10S}")
    void raiseDueReviews() {
        LocalDate today = LocalDate.now(clock);
        for (LibraryStore.Entry entry : library.all()) {
            boolean due = entry.published() && entry.nextReviewDate() != null
                    && !entry.nextReviewDate().isAfter(today)
                    && !Objects.equals(entry.reviewDueRaisedFor(), entry.publishedVersion());
            if (due) {
                try {
                    commands.sendAndWait(new MarkReviewDue(entry.documentNumber(), entry.publishedVersion(), today));
                } catch (RuntimeException e) {
                    // The next run tries again; one guideline must not stop the others.
                    log.warn("Could not mark review due for {}: {}", entry.documentNumber(), e.toString());
                }
            }
        }
    }
}
