package se.rjh.mtp.groups.assignment.domain;

import java.util.List;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;

/** Free text rules shared by the assignment's commands: present where needed, never a personal identity number. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        PersonalIdentityNumberGuard.check(field, value);
        return value.strip();
    }

    static String optional(String field, String value) {
        PersonalIdentityNumberGuard.check(field, value);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> deliverables(List<String> values) {
        if (values == null || values.isEmpty() || values.stream().allMatch(v -> v == null || v.isBlank())) {
            throw new InvalidInputException("deliverables", "must name at least one deliverable");
        }
        for (int i = 0; i < values.size(); i++) {
            PersonalIdentityNumberGuard.check("deliverables[" + i + "]", values.get(i));
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
