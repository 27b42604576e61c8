package se.rjh.mtp.portal.guidelines;

import java.util.List;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.ReviewVerdictView;

/**
 * One named reviewer's task in a version's review (the task list).
 *
 * @param verdict the reviewer's verdict of this round, or null while it is awaited
 * @param mine    whether the signed-in user is this reviewer
 */
record ReviewTask(String reviewer, ReviewVerdictView verdict, boolean mine) {

    /** @param signedIn the signed-in user's name, as the service records the actor */
    static List<ReviewTask> of(GuidelineVersionView version, String signedIn) {
        return version.reviewers().stream().map(reviewer -> new ReviewTask(reviewer,
                version.verdicts().stream().filter(v -> v.reviewer().equals(reviewer)).findFirst().orElse(null),
                reviewer.equals(signedIn))).toList();
    }
}
