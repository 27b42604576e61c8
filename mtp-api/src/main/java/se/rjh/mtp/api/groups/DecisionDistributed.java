package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The chair distributed a decided case or a published guideline to units, asking each to acknowledge by
 * {@code acknowledgeBy}. One {@link UnitAskedToAcknowledge} per unit follows in the same commit.
 *
 * @param subjectId        the case id, or the guideline's document number
 * @param subjectReference what a reader knows it by: the diarienummer, or the document number and version
 * @param subjectTitle     a short, unprotected title (never a case's protected text)
 */
@Revision("1")
public record DecisionDistributed(String distributionId, DistributionSubjectKind subjectKind, String subjectId,
                                  String subjectReference, String subjectTitle, List<String> unitIds,
                                  LocalDate acknowledgeBy, String message, String distributedBy,
                                  LocalDate distributedOn) {
}
