package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/**
 * A registered case's secrecy marking was added, changed or lifted, for a reason. {@code secrecy} is the marking from
 * now on, null when lifted; {@code previousSecrecy} the one before, null when there was none.
 */
@Revision("1")
public record SecrecyMarkingChanged(
        String caseId,
        String caseNumber,
        SecrecyMarking previousSecrecy,
        SecrecyMarking secrecy,
        String reason) {
}
