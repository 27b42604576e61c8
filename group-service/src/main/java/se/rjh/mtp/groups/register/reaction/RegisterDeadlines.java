package se.rjh.mtp.groups.register.reaction;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.register.domain.RegisterCommands.MarkMarketSearchOverdue;
import se.rjh.mtp.groups.register.domain.RegisterCommands.MarkReviewOverdue;
import se.rjh.mtp.groups.register.projection.DeviceQueries;
import se.rjh.mtp.platform.deadline.DeadlineJob;
import se.rjh.mtp.platform.deadline.DeadlineScan;
import se.rjh.mtp.platform.deadline.DeadlineScanner;

/**
 * Finds devices in service whose review or market search is past due in the register list and asks each to mark
 * itself overdue, once per due date (the platform's deadline scan).
 */
@Component
public class RegisterDeadlines extends DeadlineJob {

    RegisterDeadlines(DeviceQueries devices, DeadlineScanner scanner) {
        super(scanner,
                new DeadlineScan<>("in-house-review-overdue", devices::reviewsPastDue, Function.identity(),
                        MarkReviewOverdue::new),
                new DeadlineScan<>("in-house-market-search-overdue", devices::marketSearchesPastDue,
                        Function.identity(), MarkMarketSearchOverdue::new));
    }

    @Scheduled(fixedDelayString = "${mtp.register.review-check-interval:PT10M}", initialDelayString = "PT30S")
    void scheduled() {
        runScheduled();
    }

    /** Runs both scans as if it were {@code today}; returns the devices newly marked, reviews first. */
    public List<String> raiseOverdue(LocalDate today) {
        return run(today).applied();
    }
}
