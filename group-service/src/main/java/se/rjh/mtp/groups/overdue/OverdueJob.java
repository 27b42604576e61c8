package se.rjh.mtp.groups.overdue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.assignment.projection.AssignmentProjection;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.MarkOverdue;

/**
 * Finds open assignments past their due date in the read model and asks each aggregate to mark itself overdue.
 * The due dates live in the event store and the read model, not in memory, so a restart loses no deadline; the
 * aggregate raises the event only once, so scanning again (or a stale read model) is harmless.
 */
@Component
public class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final AssignmentProjection assignments;
    private final CommandGateway commands;
    private final Clock clock;

    OverdueJob(AssignmentProjection assignments, CommandGateway commands, Clock clock) {
        this.assignments = assignments;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mtp.groups.overdue-check-interval:PT10M}", initialDelayString = "PT20S")
    void scheduled() {
        raiseOverdue(LocalDate.now(clock));
    }

    /** Returns the ids it sent the command for. */
    public List<String> raiseOverdue(LocalDate today) {
        List<String> due = assignments.openPastDue(today);
        for (String id : due) {
            try {
                commands.sendAndWait(new MarkOverdue(id, today));
            } catch (RuntimeException e) {
                log.warn("Could not mark assignment {} overdue; next run retries: {}", id, e.getMessage());
            }
        }
        return due;
    }
}
