package se.rjh.mtp.reporting.guidelines;

import java.util.List;
import java.util.Set;

/** The guideline-service event types and field names the guidelines dashboard relies on (aliases: first present wins). */
public final class GuidelineEvents {

    public static final Set<String> PUBLISHED = Set.of("VersionPublished", "GuidelinePublished", "VersionApproved",
            "GuidelineApproved");
    public static final Set<String> WITHDRAWN = Set.of("GuidelineRetired", "GuidelineWithdrawn", "VersionRetired");
    public static final Set<String> REVIEW_OVERDUE = Set.of("ReviewOverdue", "GuidelineReviewOverdue");
    /** Events that end an overdue review: a new version published, or the review recorded as done. */
    public static final Set<String> REVIEW_DONE = Set.of("ReviewCompleted", "GuidelineReviewed", "VersionPublished",
            "GuidelinePublished");

    public static final List<String> NUMBER = List.of("guidelineNumber", "documentNumber", "number");
    public static final List<String> TITLE = List.of("title", "name");
    public static final List<String> DOCUMENT_TYPE = List.of("documentType", "type");
    public static final List<String> NEXT_REVIEW = List.of("nextReviewOn", "reviewDueOn", "scheduledReviewOn",
            "reviewDate", "nextReview");
    /** Fields that name the case which caused a draft or revision. */
    public static final List<String> SOURCE_CASE = List.of("caseId", "sourceCaseId", "originCaseId");

    private GuidelineEvents() {
    }
}
