package se.rjh.mtp.guidelines.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/**
 * One review round of a version (granskning): the named reviewers and the verdicts given so far. A value: every
 * change answers a new round, so a version's state only changes where the guideline's event sourcing handlers say.
 *
 * @param reviewers the named reviewers, in the order they were named
 * @param verdicts  verdict by reviewer, for this round only
 */
public record Review(List<String> reviewers, Map<String, ReviewVerdict> verdicts) {

    /** A version not yet sent for review. */
    static final Review NONE = new Review(List.of(), Map.of());
    /** The most reviewers one round may name. */
    public static final int MAX_REVIEWERS = 20;

    public Review {
        reviewers = List.copyOf(reviewers);
        verdicts = Map.copyOf(verdicts);
    }

    static Review of(List<String> reviewers) {
        return new Review(reviewers, Map.of());
    }

    boolean names(String person) {
        return reviewers.contains(person);
    }

    boolean hasVerdictFrom(String reviewer) {
        return verdicts.containsKey(reviewer);
    }

    boolean everyoneApproved() {
        return !reviewers.isEmpty() && reviewers.stream().allMatch(r -> verdicts.get(r) == ReviewVerdict.APPROVE);
    }

    Review withVerdict(String reviewer, ReviewVerdict verdict) {
        Map<String, ReviewVerdict> next = new LinkedHashMap<>(verdicts);
        next.put(reviewer, verdict);
        return new Review(reviewers, next);
    }

    /** The same reviewers with no verdicts: a version back in draft must be reviewed afresh. */
    Review cleared() {
        return new Review(reviewers, Map.of());
    }
}
