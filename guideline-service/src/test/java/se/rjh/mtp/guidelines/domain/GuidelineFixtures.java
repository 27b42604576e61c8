package se.rjh.mtp.guidelines.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.guidelines.*;

/** Event histories the fixture tests start from. */
final class GuidelineFixtures {

    static final String NUMBER = "RL-MTP-7";
    static final String AUTHOR = "handlaggare";
    static final String CHAIR = "ordforande";
    static final String REVIEWER = "lag";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final RegulationReference MDR_5_5 = new RegulationReference(RegulationFramework.MDR, "5(5)");

    private GuidelineFixtures() {
    }

    static Map<String, String> as(String actor) {
        return Map.of(MetadataKeys.ACTOR, actor);
    }

    static Object drafted() {
        return new GuidelineDrafted(NUMBER, GuidelineKind.GUIDELINE, "Egentillverkning av MTP", "Hela regionen",
                "LAG Tillverkning och säkerhet", "Medicinteknik", List.of(MDR_5_5), 12, "MTP/3/2026");
    }

    static Object v1() {
        return new VersionDrafted(NUMBER, 1, "# Syfte\nText", "Första utgåvan", AUTHOR, null);
    }

    static Object v1InReview() {
        return new VersionSubmittedForReview(NUMBER, 1, List.of(REVIEWER), AUTHOR);
    }

    static Object v1Approved() {
        return new VersionApproved(NUMBER, 1, CHAIR, TODAY);
    }

    /** A drafted version submitted to {@link #REVIEWER}, approved by them and by the chair on {@code approvedOn}. */
    static List<Object> reviewedAndApproved(int version, LocalDate approvedOn) {
        return List.of(new VersionSubmittedForReview(NUMBER, version, List.of(REVIEWER), AUTHOR),
                new ReviewVerdictRecorded(NUMBER, version, REVIEWER, ReviewVerdict.APPROVE, null),
                new VersionApproved(NUMBER, version, CHAIR, approvedOn));
    }

    static Object[] v1Published() {
        return new Object[]{drafted(), v1(), v1InReview(),
                new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, null), v1Approved(),
                new VersionPublished(NUMBER, 1, TODAY, TODAY.plusMonths(12), CHAIR)};
    }
}
