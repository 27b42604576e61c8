package se.rjh.mtp.api.cases;

import java.util.List;
import org.axonframework.serialization.Revision;

/** For in-house manufacturing: MDR Art. 5(5) conditions, each confirmed or justified. Later records replace earlier ones per condition. */
@Revision("1")
public record InHouseConditionsRecorded(
        String caseId,
        List<InHouseCondition> conditions) {
}
