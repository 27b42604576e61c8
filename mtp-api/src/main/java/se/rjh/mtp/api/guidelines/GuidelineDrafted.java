package se.rjh.mtp.api.guidelines;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A new guideline was drafted and got its document number ({@code RL-MTP-<n>}, which is also its id).
 *
 * @param caseNumber the diarienummer of the case the guideline is tied to, or null
 */
@Revision("1")
public record GuidelineDrafted(
        String documentNumber,
        GuidelineKind kind,
        String title,
        String scope,
        String ownerGroup,
        String processOwner,
        List<RegulationReference> regulationReferences,
        int reviewIntervalMonths,
        String caseNumber) {
}
