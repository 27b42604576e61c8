package se.rjh.mtp.cases.consultation;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.cases.domain.MarkConsultationOverdue;

/**
 * Finds consultation requests past their due date and tells their case. The command is idempotent (the aggregate
 * raises the overdue event once), so running again, on several instances or before the read model caught up, is safe.
 */
@Component
public class OverdueConsultationJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueConsultationJob.class);

    private final ConsultationDeadlines deadlines;
    private final CommandGateway commands;
    private final Clock clock;

    OverdueConsultationJob(ConsultationDeadlines deadlines, CommandGateway commands, Clock clock) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
    }

    /** Returns how many requests were newly reported overdue. */
    @Scheduled(fixedDelayString = "${mtp.cases.overdue-check-interval:PT1M}",
            initialDelayString = "${mtp.cases.overdue-check-initial-delay:PT10S}")
    public synchronized int checkDeadlines() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (ConsultationDeadlines.Deadline deadline : deadlines.dueBefore(today)) {
            try {
                Boolean applied = commands.sendAndWait(
                        new MarkConsultationOverdue(deadline.caseId(), deadline.consultationId(), today));
                if (Boolean.TRUE.equals(applied)) {
                    raised++;
                }
            } catch (RuntimeException e) {
                // One failing case must not stop the others; the next run tries again.
                log.warn("Overdue check failed for case {}: {}", deadline.caseId(), e.getClass().getSimpleName());
            }
        }
        return raised;
    }
}
