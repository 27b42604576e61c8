package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import se.rjh.mtp.api.common.ProtectedText;

/** One Art. 5(5) condition (MDR or IVDR, see {@link InHouseRegulation}): confirmed, or a justification why it does not (yet) hold. */
public record InHouseCondition(InHouseConditionCode code, boolean confirmed,
                               @ProtectedText(PREPARATION) String justification) {
}
