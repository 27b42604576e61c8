package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close a decided case. Refused while a follow-up is open, unless {@code openFollowUpsReason} says why it is closed
 * anyway; only the chair ({@code mayCloseWithOpenFollowUps}) may give that reason.
 */
public record CloseCase(
        @TargetAggregateIdentifier String caseId,
        LocalDate closedOn,
        String note,
        String openFollowUpsReason,
        boolean mayCloseWithOpenFollowUps) {

    /** A closing without the chair's override. */
    public CloseCase(String caseId, LocalDate closedOn, String note) {
        this(caseId, closedOn, note, null, false);
    }
}
