package se.rjh.mtp.guidelines.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.guidelines.domain.GuidelineRules.optional;
import static se.rjh.mtp.guidelines.domain.GuidelineRules.required;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.guidelines.domain.Commands.*;

/**
 * A guideline (riktlinje, vägledning or rutin) and its versions. Its id is its document number. Command handlers
 * check every rule before applying anything; event sourcing handlers only set state. Review and approval live in
 * {@link GuidelineReview} to keep each file readable.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Guideline extends GuidelineReview {

    @AggregateIdentifier
    private String documentNumber;
    private String title;
    private int reviewIntervalMonths;
    private boolean retired;
    private Integer publishedVersion;
    private LocalDate nextReviewDate;
    private Integer reviewDueRaisedFor;
    /** case id + follow-up id of every case request already acted on, so redelivered decisions change nothing. */
    private Set<String> handledCaseRequests = new LinkedHashSet<>();

    protected Guideline() {
        // for Axon
    }

    /** Called by {@link GuidelineDrafting} in the same unit of work that allocated {@code documentNumber}. */
    Guideline(String documentNumber, DraftGuideline command, String actor) {
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "is required");
        }
        String title = required("title", command.title(), 300);
        String scope = optional("scope", command.scope(), 5_000);
        String ownerGroup = optional("ownerGroup", command.ownerGroup(), 200);
        String processOwner = optional("processOwner", command.processOwner(), 200);
        String caseNumber = optional("caseNumber", command.caseNumber(), 50);
        List<RegulationReference> references = GuidelineRules.references(command.regulationReferences());
        int interval = GuidelineRules.reviewInterval(command.reviewIntervalMonths());
        String content = optional("content", command.content() == null ? "" : command.content(), GuidelineRules.MAX_CONTENT);
        String summary = optional("changeSummary", command.changeSummary(), 2_000);
        String author = command.requestKey() != null ? GuidelineRules.CASE_DECISION_AUTHOR : actor;
        apply(new GuidelineDrafted(documentNumber, command.kind(), title.trim(), scope, ownerGroup, processOwner,
                references, interval, caseNumber));
        apply(new VersionDrafted(documentNumber, 1, content, summary, author, null));
    }

    @CommandHandler
    public void handle(OpenRevision command, @MetaDataValue("actor") String actor) {
        requireActive();
        requireNoOpenVersion();
        String content = command.content() != null ? command.content() : latest().content;
        optional("content", content, GuidelineRules.MAX_CONTENT);
        String summary = required("changeSummary", command.changeSummary(), 2_000);
        apply(new VersionDrafted(documentNumber, nextVersionNumber(), content, summary, actor, latest().number));
    }

    @CommandHandler
    public void handle(ChangeDraftContent command, @MetaDataValue("actor") String actor) {
        requireActive();
        Version version = version(command.versionNumber());
        requireStatus(version, VersionStatus.DRAFT, "the version must be a draft to change its content");
        if (command.content() == null) {
            throw new InvalidInputException("content", "is required");
        }
        optional("content", command.content(), GuidelineRules.MAX_CONTENT);
        String summary = optional("changeSummary", command.changeSummary(), 2_000);
        apply(new DraftContentChanged(documentNumber, version.number, command.content(), summary, actor));
    }

    @CommandHandler
    public void handle(PublishVersion command, @MetaDataValue("actor") String actor) {
        requireActive();
        Version version = version(command.versionNumber());
        requireStatus(version, VersionStatus.APPROVED, "the version must be approved before it is published");
        if (command.validFrom() == null) {
            throw new InvalidInputException("validFrom", "is required");
        }
        Integer previous = publishedVersion;
        apply(new VersionPublished(documentNumber, version.number, command.validFrom(),
                command.validFrom().plusMonths(reviewIntervalMonths), actor));
        if (previous != null) {
            apply(new VersionSuperseded(documentNumber, previous, version.number, command.validFrom()));
        }
    }

    @CommandHandler
    public void handle(RetireGuideline command, @MetaDataValue("actor") String actor) {
        requireActive();
        String reason = required("reason", command.reason(), 2_000);
        apply(new GuidelineRetired(documentNumber, reason, actor, command.retiredOn()));
    }

    @CommandHandler
    public void handle(MarkReviewDue command) {
        boolean due = !retired && publishedVersion != null && publishedVersion == command.versionNumber()
                && !publishedVersion.equals(reviewDueRaisedFor) && !command.today().isBefore(nextReviewDate);
        if (due) {
            apply(new GuidelineReviewDue(documentNumber, publishedVersion, nextReviewDate, title));
        }
    }

    @CommandHandler
    public void handle(RequestRevisionFromCase command) {
        String key = command.caseId() + "/" + command.followUpId();
        if (handledCaseRequests.contains(key)) {
            return;
        }
        requireActive();
        String description = optional("description", command.description(), 5_000);
        apply(new GuidelineRevisionRequested(documentNumber, command.caseId(), command.caseNumber(),
                command.followUpId(), description));
        if (versions.values().stream().noneMatch(Version::open)) {
            String summary = "Revision enligt beslut i ärende " + command.caseNumber()
                    + (description == null || description.isBlank() ? "" : ": " + description);
            apply(new VersionDrafted(documentNumber, nextVersionNumber(), latest().content,
                    summary.length() > 2_000 ? summary.substring(0, 2_000) : summary,
                    GuidelineRules.CASE_DECISION_AUTHOR, latest().number));
        }
    }

    @CommandHandler
    public void handle(FlagForRegulatoryChange command) {
        String key = command.caseId() + "/" + command.followUpId();
        if (handledCaseRequests.contains(key) || retired) {
            return;
        }
        apply(new GuidelineFlaggedForRegulatoryChange(documentNumber, command.caseId(), command.caseNumber(),
                command.followUpId(), command.regulationReference()));
    }

    @EventSourcingHandler
    void on(GuidelineDrafted event) {
        documentNumber = event.documentNumber();
        title = event.title();
        reviewIntervalMonths = event.reviewIntervalMonths();
        versions = new TreeMap<>();
    }

    @EventSourcingHandler
    void on(VersionDrafted event) {
        versions.put(event.versionNumber(), new Version(event.versionNumber(), event.content(), event.author()));
    }

    @EventSourcingHandler
    void on(DraftContentChanged event) {
        Version version = versions.get(event.versionNumber());
        version.content = event.content();
        version.authors.add(event.editedBy());
    }

    @EventSourcingHandler
    void on(VersionPublished event) {
        versions.get(event.versionNumber()).status = VersionStatus.PUBLISHED;
        publishedVersion = event.versionNumber();
        nextReviewDate = event.nextReviewDate();
    }

    @EventSourcingHandler
    void on(VersionSuperseded event) {
        versions.get(event.versionNumber()).status = VersionStatus.SUPERSEDED;
    }

    @EventSourcingHandler
    void on(GuidelineRetired event) {
        retired = true;
    }

    @EventSourcingHandler
    void on(GuidelineReviewDue event) {
        reviewDueRaisedFor = event.versionNumber();
    }

    @EventSourcingHandler
    void on(GuidelineRevisionRequested event) {
        handledCaseRequests.add(event.caseId() + "/" + event.followUpId());
    }

    @EventSourcingHandler
    void on(GuidelineFlaggedForRegulatoryChange event) {
        handledCaseRequests.add(event.caseId() + "/" + event.followUpId());
    }

    @Override
    String documentNumber() {
        return documentNumber;
    }

    @Override
    void requireActive() {
        if (retired) {
            throw new StateConflictException("RETIRED", "the guideline is retired; nothing can change any more");
        }
    }

    private void requireNoOpenVersion() {
        versions.values().stream().filter(Version::open).findFirst().ifPresent(open -> {
            throw new StateConflictException(open.status.name(),
                    "version " + open.number + " is still open; publish it or finish its review first");
        });
    }

    private Version latest() {
        return versions.lastEntry().getValue();
    }

    private int nextVersionNumber() {
        return latest().number + 1;
    }
}
