package se.rjh.mtp.reporting.guidelines;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.List;
import java.util.Set;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineFlaggedForRegulatoryChange;
import se.rjh.mtp.api.guidelines.GuidelineRetired;
import se.rjh.mtp.api.guidelines.GuidelineReviewDue;
import se.rjh.mtp.api.guidelines.GuidelineRevisionRequested;
import se.rjh.mtp.api.guidelines.VersionPublished;

/** The guideline-service events ({@code se.rjh.mtp.api.guidelines}) the guidelines dashboard reads, by type and field. */
public final class GuidelineEvents {

    /**
     * The event a guideline starts with. guideline-service's other streams (its number series, its reports of case
     * follow-ups) are no guidelines.
     */
    public static final Set<String> CREATED = Set.of(type(GuidelineDrafted.class));
    public static final Set<String> PUBLISHED = Set.of(type(VersionPublished.class));
    public static final Set<String> WITHDRAWN = Set.of(type(GuidelineRetired.class));
    /** The published version reached its review date. */
    public static final Set<String> REVIEW_OVERDUE = Set.of(type(GuidelineReviewDue.class));
    /** A new published version ends an overdue review. */
    public static final Set<String> REVIEW_DONE = Set.of(type(VersionPublished.class));

    public static final List<String> NUMBER = List.of(field(GuidelineDrafted.class, "documentNumber"));
    public static final List<String> TITLE = List.of(field(GuidelineDrafted.class, "title"));
    public static final List<String> DOCUMENT_TYPE = List.of(field(GuidelineDrafted.class, "kind"));
    public static final List<String> NEXT_REVIEW = List.of(field(VersionPublished.class, "nextReviewDate"));
    /** The case whose decision asked for a revision or flagged the guideline. */
    public static final List<String> SOURCE_CASE = List.of(field(GuidelineRevisionRequested.class, "caseId"),
            field(GuidelineFlaggedForRegulatoryChange.class, "caseId")).stream().distinct().toList();

    private GuidelineEvents() {
    }
}
