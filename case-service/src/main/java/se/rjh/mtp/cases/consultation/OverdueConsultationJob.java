package se.rjh.mtp.cases.consultation;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.rjh.mtp.cases.domain.MarkConsultationOverdue;
import se.rjh.mtp.platform.deadline.DeadlineJob;
import se.rjh.mtp.platform.deadline.DeadlineScan;
import se.rjh.mtp.platform.deadline.DeadlineScanner;

/** Finds consultation requests past their due date and tells their case, which raises the overdue event once. */
@Component
public class OverdueConsultationJob extends DeadlineJob {

    OverdueConsultationJob(ConsultationDeadlines deadlines, DeadlineScanner scanner) {
        super(scanner, new DeadlineScan<>("consultation-overdue", deadlines::dueBefore,
                ConsultationDeadlines.Deadline::caseId,
                (deadline, today) -> new MarkConsultationOverdue(deadline.caseId(), deadline.consultationId(), today)));
    }

    /** Returns how many requests were newly reported overdue. */
    @Scheduled(fixedDelayString = "${mtp.cases.overdue-check-interval:PT1M}",
            initialDelayString = "${mtp.cases.overdue-check-initial-delay:PT10S}")
    public int checkDeadlines() {
        return run().applied().size();
    }
}
