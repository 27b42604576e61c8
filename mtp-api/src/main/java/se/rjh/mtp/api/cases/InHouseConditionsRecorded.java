package se.rjh.mtp.api.cases;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * For in-house manufacturing: Art. 5(5) conditions, each confirmed or justified. Later records replace earlier ones
 * per condition.
 *
 * @param regulation whose Art. 5(5) the letters are; null in events from before the IVDR list existed: MDR
 */
@Revision("1")
public record InHouseConditionsRecorded(
        String caseId,
        List<InHouseCondition> conditions,
        InHouseRegulation regulation) {

    /** Conditions of the MDR's Art. 5(5). */
    public InHouseConditionsRecorded(String caseId, List<InHouseCondition> conditions) {
        this(caseId, conditions, InHouseRegulation.MDR);
    }

    /** The regulation, MDR for events that did not say. */
    public InHouseRegulation regulationOrMdr() {
        return regulation == null ? InHouseRegulation.MDR : regulation;
    }
}
