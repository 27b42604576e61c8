package se.rjh.mtp.guidelines.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/**
 * The state of one version inside the guideline aggregate. Fields are visible to Jackson so that snapshots of the
 * aggregate keep them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Version {

    int number;
    VersionStatus status;
    String content;
    /** Everyone who wrote content of this version; none of them may review or approve it. */
    Set<String> authors = new LinkedHashSet<>();
    List<String> reviewers = new ArrayList<>();
    Map<String, ReviewVerdict> verdicts = new LinkedHashMap<>();

    Version() {
        // for snapshots
    }

    Version(int number, String content, String author) {
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.content = content;
        if (author != null && !author.startsWith(GuidelineRules.SYSTEM_PREFIX)) {
            authors.add(author);
        }
    }

    boolean open() {
        return status == VersionStatus.DRAFT || status == VersionStatus.IN_REVIEW || status == VersionStatus.APPROVED;
    }

    /** Value equality: the test fixture compares the state built by handling a command with the state re-sourced. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Version v && number == v.number && status == v.status
                && Objects.equals(content, v.content) && authors.equals(v.authors)
                && reviewers.equals(v.reviewers) && verdicts.equals(v.verdicts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, status, content);
    }

    boolean allReviewersApproved() {
        return !reviewers.isEmpty()
                && reviewers.stream().allMatch(r -> verdicts.get(r) == ReviewVerdict.APPROVE);
    }
}
