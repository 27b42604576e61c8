package se.rjh.mtp.guidelines.domain;

import java.util.List;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.guidelines.RegulationReference;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;

/** Input rules shared by the aggregate's command handlers. */
final class GuidelineRules {

    static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;
    static final int MAX_REVIEW_INTERVAL_MONTHS = 36;
    static final int MAX_CONTENT = 200_000;
    /** Actors that are processes, not people; they never count as an author. */
    static final String SYSTEM_PREFIX = "system:";
    static final String CASE_DECISION_AUTHOR = "system:guideline-service";

    private GuidelineRules() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        // The HTTP layer checks request bodies too; this also covers text arriving from other services.
        PersonalIdentityNumberGuard.check(field, value);
        return value;
    }

    static int reviewInterval(Integer months) {
        int value = months == null ? DEFAULT_REVIEW_INTERVAL_MONTHS : months;
        if (value < 1 || value > MAX_REVIEW_INTERVAL_MONTHS) {
            throw new InvalidInputException("reviewIntervalMonths", "must be 1-" + MAX_REVIEW_INTERVAL_MONTHS + " months");
        }
        return value;
    }

    static List<RegulationReference> references(List<RegulationReference> references) {
        List<RegulationReference> list = references == null ? List.of() : references;
        for (int i = 0; i < list.size(); i++) {
            RegulationCitation.validate("regulationReferences[" + i + "]", list.get(i));
        }
        return list.stream().map(r -> new RegulationReference(r.framework(), r.provision().trim())).distinct().toList();
    }
}
