package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add or change ({@code provision} given) or lift ({@code provision} null) the secrecy marking of a registered case.
 * {@code markedOn} is not after {@code today}. {@code actsOnAnyCase}: the sender is the registrar or the chair;
 * otherwise only the case officer of the case may.
 */
public record ChangeSecrecyMarking(
        @TargetAggregateIdentifier String caseId,
        String provision,
        LocalDate markedOn,
        LocalDate today,
        boolean actsOnAnyCase,
        String reason) {
}
