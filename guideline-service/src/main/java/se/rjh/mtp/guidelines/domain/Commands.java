package se.rjh.mtp.guidelines.domain;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationReference;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/** The commands of the guideline aggregate. The actor is never a field: it comes from the command's metadata. */
public final class Commands {

    private Commands() {
    }

    /**
     * Draft a new guideline with its first version; the number series gives it its document number.
     *
     * @param reviewIntervalMonths null means the default of 12
     * @param requestKey           case id + follow-up id when a case decision asks for it (drafted only once), else null
     */
    public record DraftGuideline(
            GuidelineKind kind, String title, String scope, String ownerGroup, String processOwner,
            List<RegulationReference> regulationReferences, Integer reviewIntervalMonths, String caseNumber,
            String content, String changeSummary, String requestKey) {
    }

    /** Open a new draft version; {@code content} null copies the latest version's text. */
    public record OpenRevision(@TargetAggregateIdentifier String documentNumber, String content, String changeSummary) {
    }

    public record ChangeDraftContent(@TargetAggregateIdentifier String documentNumber, int versionNumber,
                                     String content, String changeSummary) {
    }

    public record SubmitForReview(@TargetAggregateIdentifier String documentNumber, int versionNumber,
                                  List<String> reviewers) {
    }

    public record RecordReviewVerdict(@TargetAggregateIdentifier String documentNumber, int versionNumber,
                                      ReviewVerdict verdict, String comment) {
    }

    public record ReturnToDraft(@TargetAggregateIdentifier String documentNumber, int versionNumber, String reason) {
    }

    public record ApproveVersion(@TargetAggregateIdentifier String documentNumber, int versionNumber,
                                 LocalDate approvedOn) {
    }

    public record PublishVersion(@TargetAggregateIdentifier String documentNumber, int versionNumber,
                                 LocalDate validFrom) {
    }

    public record RetireGuideline(@TargetAggregateIdentifier String documentNumber, String reason, LocalDate retiredOn) {
    }

    /** Sent by the scheduled job; raises the review-due event once for the published version, else changes nothing. */
    public record MarkReviewDue(@TargetAggregateIdentifier String documentNumber, int versionNumber, LocalDate today) {
    }

    /** A case decision asks for a revision; acted on once per (caseId, followUpId). */
    public record RequestRevisionFromCase(@TargetAggregateIdentifier String documentNumber, String caseId,
                                          String caseNumber, String followUpId, String description) {
    }

    /** A regulatory-watch decision says a cited regulation changed; acted on once per (caseId, followUpId). */
    public record FlagForRegulatoryChange(@TargetAggregateIdentifier String documentNumber, String caseId,
                                          String caseNumber, String followUpId, String regulationReference) {
    }

    /** Someone who writes guidelines takes a regulatory-change flag on; once per flag. */
    public record AcknowledgeRegulatoryFlag(@TargetAggregateIdentifier String documentNumber, String followUpId,
                                            LocalDate acknowledgedOn) {
    }
}
