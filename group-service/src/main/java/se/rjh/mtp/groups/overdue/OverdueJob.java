package se.rjh.mtp.groups.overdue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.assignment.projection.AssignmentProjection;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.MarkOverdue;
import se.rjh.mtp.platform.deadline.DeadlineJob;
import se.rjh.mtp.platform.deadline.DeadlineScan;
import se.rjh.mtp.platform.deadline.DeadlineScanner;

/** Finds open assignments past their due date in the read model and asks each to mark itself overdue, once. */
@Component
public class OverdueJob extends DeadlineJob {

    OverdueJob(AssignmentProjection assignments, DeadlineScanner scanner) {
        super(scanner, new DeadlineScan<>("assignment-overdue", assignments::openPastDue, Function.identity(),
                MarkOverdue::new));
    }

    @Scheduled(fixedDelayString = "${mtp.groups.overdue-check-interval:PT10M}", initialDelayString = "PT20S")
    void scheduled() {
        runScheduled();
    }

    /** Returns the ids it sent the command for. */
    public List<String> raiseOverdue(LocalDate today) {
        return run(today).sent();
    }
}
