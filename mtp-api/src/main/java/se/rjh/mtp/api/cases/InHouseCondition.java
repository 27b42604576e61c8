package se.rjh.mtp.api.cases;

/** One MDR Art. 5(5) condition: confirmed, or a justification why it does not (yet) hold. */
public record InHouseCondition(InHouseConditionCode code, boolean confirmed, String justification) {
}
