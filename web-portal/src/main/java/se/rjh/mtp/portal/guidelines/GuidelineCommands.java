package se.rjh.mtp.portal.guidelines;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/**
 * The bodies of guideline-service's drafting, review and publication commands, each as its controller declares it
 * (guideline-service's {@code DraftingRequests}, {@code ReviewRequests}, {@code PublicationRequests}).
 */
public final class GuidelineCommands {

    private GuidelineCommands() {
    }

    /** POST /api/guidelines */
    public record NewGuideline(GuidelineKind kind, String title, String scope, String ownerGroup, String processOwner,
                               List<Reference> regulationReferences, Integer reviewIntervalMonths, String caseNumber,
                               String content, String changeSummary) {
    }

    /** A cited regulation in {@link NewGuideline}. */
    public record Reference(RegulationFramework framework, String provision) {
    }

    /** POST /api/guidelines/{n}/revisions */
    public record Revision(String content, String changeSummary) {
    }

    /** PUT /api/guidelines/{n}/versions/{v}/content */
    public record DraftContent(String content, String changeSummary) {
    }

    /** POST /api/guidelines/{n}/versions/{v}/submission */
    public record Submission(List<String> reviewers) {
    }

    /** POST /api/guidelines/{n}/versions/{v}/verdicts */
    public record Verdict(ReviewVerdict verdict, String comment) {
    }

    /** POST /api/guidelines/{n}/versions/{v}/publication */
    public record Publish(LocalDate validFrom) {
    }
}
