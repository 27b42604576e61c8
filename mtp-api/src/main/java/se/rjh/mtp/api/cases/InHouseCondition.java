package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import se.rjh.mtp.api.common.ProtectedText;

/** One MDR Art. 5(5) condition: confirmed, or a justification why it does not (yet) hold. */
public record InHouseCondition(InHouseConditionCode code, boolean confirmed,
                               @ProtectedText(PREPARATION) String justification) {
}
