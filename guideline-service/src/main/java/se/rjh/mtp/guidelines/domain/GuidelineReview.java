package se.rjh.mtp.guidelines.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.guidelines.domain.GuidelineRules.optional;
import static se.rjh.mtp.guidelines.domain.GuidelineRules.required;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.guidelines.ReviewVerdict;
import se.rjh.mtp.api.guidelines.ReviewVerdictRecorded;
import se.rjh.mtp.api.guidelines.VersionApproved;
import se.rjh.mtp.api.guidelines.VersionReturnedToDraft;
import se.rjh.mtp.api.guidelines.VersionSubmittedForReview;
import se.rjh.mtp.guidelines.domain.Commands.ApproveVersion;
import se.rjh.mtp.guidelines.domain.Commands.RecordReviewVerdict;
import se.rjh.mtp.guidelines.domain.Commands.ReturnToDraft;
import se.rjh.mtp.guidelines.domain.Commands.SubmitForReview;

/**
 * Review and approval of a guideline's versions (granskning, fastställande). The rule that matters most here: no
 * one reviews or approves a version they wrote.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
abstract class GuidelineReview {

    TreeMap<Integer, Version> versions = new TreeMap<>();

    abstract String documentNumber();

    abstract void requireActive();

    @CommandHandler
    public void handle(SubmitForReview command, @MetaDataValue("actor") String actor) {
        requireActive();
        Version version = version(command.versionNumber());
        requireStatus(version, VersionStatus.DRAFT, "the version must be a draft to be sent for review");
        if (command.reviewers() == null || command.reviewers().isEmpty()) {
            throw new InvalidInputException("reviewers", "name at least one reviewer");
        }
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < command.reviewers().size(); i++) {
            String reviewer = required("reviewers[" + i + "]", command.reviewers().get(i), 100).trim();
            if (version.authors.contains(reviewer)) {
                throw new InvalidInputException("reviewers[" + i + "]", "an author of the version cannot review it");
            }
            if (!reviewers.contains(reviewer)) {
                reviewers.add(reviewer);
            }
        }
        apply(new VersionSubmittedForReview(documentNumber(), version.number, reviewers, actor));
    }

    @CommandHandler
    public void handle(RecordReviewVerdict command, @MetaDataValue("actor") String actor) {
        requireActive();
        Version version = version(command.versionNumber());
        requireStatus(version, VersionStatus.IN_REVIEW, "the version must be in review to record a verdict");
        if (!version.reviewers.contains(actor)) {
            throw new StateConflictException(version.status.name(),
                    "only the named reviewers " + version.reviewers + " can record a verdict");
        }
        if (version.authors.contains(actor)) {
            throw new StateConflictException(version.status.name(), "a reviewer who wrote the version cannot review it");
        }
        if (version.verdicts.containsKey(actor)) {
            throw new StateConflictException(version.status.name(), "you have already recorded your verdict");
        }
        if (command.verdict() == null) {
            throw new InvalidInputException("verdict", "is required");
        }
        String comment = optional("comment", command.comment(), 5_000);
        if (command.verdict() == ReviewVerdict.CHANGES_REQUESTED && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "say which changes are needed");
        }
        apply(new ReviewVerdictRecorded(documentNumber(), version.number, actor, command.verdict(), comment));
        if (command.verdict() == ReviewVerdict.CHANGES_REQUESTED) {
            apply(new VersionReturnedToDraft(documentNumber(), version.number, comment, actor));
        }
    }

    @CommandHandler
    public void handle(ReturnToDraft command, @MetaDataValue("actor") String actor) {
        requireActive();
        Version version = version(command.versionNumber());
        requireStatus(version, VersionStatus.IN_REVIEW, "only a version in review can go back to draft");
        String reason = required("reason", command.reason(), 2_000);
        apply(new VersionReturnedToDraft(documentNumber(), version.number, reason, actor));
    }

    @CommandHandler
    public void handle(ApproveVersion command, @MetaDataValue("actor") String actor) {
        requireActive();
        Version version = version(command.versionNumber());
        requireStatus(version, VersionStatus.IN_REVIEW, "the version must be in review before it is approved");
        if (version.authors.contains(actor)) {
            throw new StateConflictException(version.status.name(),
                    "approval by someone who did not write the version (no one approves their own version)");
        }
        if (!version.allReviewersApproved()) {
            throw new StateConflictException(version.status.name(),
                    "every named reviewer must have recorded APPROVE");
        }
        if (command.approvedOn() == null) {
            throw new InvalidInputException("approvedOn", "is required");
        }
        apply(new VersionApproved(documentNumber(), version.number, actor, command.approvedOn()));
    }

    @EventSourcingHandler
    void on(VersionSubmittedForReview event) {
        Version version = versions.get(event.versionNumber());
        version.status = VersionStatus.IN_REVIEW;
        version.reviewers = new ArrayList<>(event.reviewers());
        version.verdicts.clear();
    }

    @EventSourcingHandler
    void on(ReviewVerdictRecorded event) {
        versions.get(event.versionNumber()).verdicts.put(event.reviewer(), event.verdict());
    }

    @EventSourcingHandler
    void on(VersionReturnedToDraft event) {
        Version version = versions.get(event.versionNumber());
        version.status = VersionStatus.DRAFT;
        version.verdicts.clear();
    }

    @EventSourcingHandler
    void on(VersionApproved event) {
        versions.get(event.versionNumber()).status = VersionStatus.APPROVED;
    }

    Version version(int number) {
        Version version = versions.get(number);
        if (version == null) {
            throw new NotFoundException("Version", documentNumber() + " v" + number);
        }
        return version;
    }

    static void requireStatus(Version version, VersionStatus needed, String what) {
        if (version.status != needed) {
            throw new StateConflictException(version.status.name(), what);
        }
    }
}
