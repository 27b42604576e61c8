package se.rjh.mtp.groups.distribution;

import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.MarkAcknowledgementOverdue;
import se.rjh.mtp.groups.distribution.projection.DistributionProjection;
import se.rjh.mtp.platform.deadline.DeadlineJob;
import se.rjh.mtp.platform.deadline.DeadlineScan;
import se.rjh.mtp.platform.deadline.DeadlineScanner;

/** Finds units past the acknowledgement date without acknowledgement and has each marked overdue, once. */
@Component
public class AcknowledgementOverdueJob extends DeadlineJob {

    AcknowledgementOverdueJob(DistributionProjection distributions, DeadlineScanner scanner) {
        super(scanner, new DeadlineScan<>("distribution-acknowledgement-overdue", distributions::waitingPastDue,
                due -> due.distributionId() + "/" + due.unitId(),
                (due, today) -> new MarkAcknowledgementOverdue(due.distributionId(), due.unitId(), today)));
    }

    @Scheduled(fixedDelayString = "${mtp.groups.overdue-check-interval:PT10M}", initialDelayString = "PT25S")
    void scheduled() {
        runScheduled();
    }

    /** Runs the scan for the clock's today; returns the "distribution/unit" ids it newly marked overdue. */
    public List<String> raiseOverdue() {
        return run().applied();
    }

    /** The same as if it were {@code today}. */
    public List<String> raiseOverdue(LocalDate today) {
        return run(today).applied();
    }
}
