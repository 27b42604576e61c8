package se.rjh.mtp.cases.domain;

import java.util.List;
import se.rjh.mtp.api.cases.InHouseCondition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record MDR Art. 5(5) conditions, each confirmed or justified (in-house manufacturing only). */
public record RecordInHouseConditions(
        @TargetAggregateIdentifier String caseId,
        List<InHouseCondition> conditions) {
}
