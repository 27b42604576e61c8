package se.rjh.mtp.guidelines.domain;

import java.util.LinkedHashSet;
import java.util.Objects;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.StateConflictException;

/**
 * One version inside the guideline aggregate: its text, who wrote it, its step in document control and its review
 * round. It guards what it knows (its step, its authors); the {@link Guideline} decides every transition, and only
 * its event sourcing handlers call the changing methods here.
 */
class Version {

    private int number;
    private VersionStatus status;
    private String content;
    /** Everyone who wrote content of this version; none of them may review or approve it. */
    private LinkedHashSet<String> authors = new LinkedHashSet<>();
    private Review review = Review.NONE;

    Version() {
        // for snapshots
    }

    Version(int number, String content, String author) {
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.content = content;
        addAuthor(author);
    }

    int number() {
        return number;
    }

    VersionStatus status() {
        return status;
    }

    String content() {
        return content;
    }

    Review review() {
        return review;
    }

    boolean open() {
        return status.open();
    }

    boolean writtenBy(String person) {
        return authors.contains(person);
    }

    /** Refuses with 409 unless the version is in the {@code needed} step; {@code what} says why it must be. */
    void require(VersionStatus needed, String what) {
        if (status != needed) {
            throw new StateConflictException(status.name(), what);
        }
    }

    void rewritten(String newContent, String editor) {
        content = newContent;
        addAuthor(editor);
    }

    void moveTo(VersionStatus next) {
        status = next;
    }

    void reviewedBy(Review round) {
        review = round;
    }

    /** A process (a case decision) may open a version; it never counts as an author, so anyone may approve it. */
    private void addAuthor(String author) {
        if (author != null && !MetadataKeys.isSystemActor(author)) {
            authors.add(author);
        }
    }

    /** Value equality: the test fixture compares the state built by handling a command with the state re-sourced. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Version v && number == v.number && status == v.status
                && Objects.equals(content, v.content) && authors.equals(v.authors) && review.equals(v.review);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, status, content);
    }
}
