package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

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
        @ProtectedText(REGISTRATION) String reason) {
}
