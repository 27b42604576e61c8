package se.rjh.mtp.guidelines.casefollowup.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.GuidelineFollowUpReported;

/**
 * The report of a case follow-up that no guideline's own events report: one whose guideline does not exist, and the
 * flagging of the guidelines a regulation change affects. Its id is derived from caseId + followUpId, so a
 * redelivered decision reports nothing twice. (A revision is reported DONE by its guideline when published.)
 */
@Aggregate
@Revision("1")
public class CaseFollowUpReport {

    @AggregateIdentifier
    private String reportId;

    protected CaseFollowUpReport() {
        // for Axon
    }

    /** The one report of this case's follow-up. */
    public record ReportCaseFollowUp(String documentNumber, String caseId, String followUpId, FollowUpKind kind,
                                     FollowUpOutcome outcome, String reason, LocalDate reportedOn) {

        @TargetAggregateIdentifier
        public String reportId() {
            return idFor(caseId, followUpId);
        }
    }

    static String idFor(String caseId, String followUpId) {
        return "follow-up-" + UUID.nameUUIDFromBytes((caseId + "/" + followUpId).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReportCaseFollowUp command) {
        if (reportId != null) {
            return; // reported already
        }
        apply(new GuidelineFollowUpReported(command.documentNumber(), TextRules.identifier("caseId", command.caseId()),
                TextRules.required("followUpId", command.followUpId(), TextRules.LINE),
                TextRules.present("kind", command.kind()), TextRules.present("outcome", command.outcome()),
                TextRules.shortened(command.reason(), TextRules.PARAGRAPH),
                TextRules.present("reportedOn", command.reportedOn())));
    }

    @EventSourcingHandler
    void on(GuidelineFollowUpReported event) {
        reportId = idFor(event.caseId(), event.followUpId());
    }
}
