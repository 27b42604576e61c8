package se.rjh.mtp.guidelines.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.SentNotifications;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.guidelines.domain.Commands.*;

/**
 * A guideline (riktlinje, vägledning or rutin) and its versions. Its id is its document number. Command handlers
 * check every rule before applying anything; event sourcing handlers only set state. Every step of a version
 * (DRAFT → IN_REVIEW → APPROVED → PUBLISHED → SUPERSEDED, and back to DRAFT from review) is decided in this file;
 * a {@link Version} and its {@link Review} round are members that guard what they know.
 *
 * <p>The rule that matters most: no one reviews or approves a version they wrote.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class Guideline {

    /** The author of what a case decision drafts: a process, so it never counts as an author of the version. */
    public static final String CASE_DECISION_AUTHOR = MetadataKeys.systemActor("guideline-service");

    @AggregateIdentifier
    private String documentNumber;
    private String title;
    private int reviewIntervalMonths;
    private boolean retired;
    private Integer publishedVersion;
    private LocalDate nextReviewDate;
    private Integer reviewDueRaisedFor;
    // Collections are declared with their concrete types: a snapshot restores each field as its declared type.
    private TreeMap<Integer, Version> versions = new TreeMap<>();
    /** case id + follow-up id of every case request already acted on, so redelivered decisions change nothing. */
    private LinkedHashSet<String> handledCaseRequests = new LinkedHashSet<>();
    /** The case revision requests the next published version carries out, each reported DONE once. */
    private ArrayList<GuidelineRevisionRequested> pendingCaseRevisions = new ArrayList<>();
    /** Follow-up id of each regulatory-change flag to the case that raised it, until someone acknowledges it. */
    private LinkedHashMap<String, String> unacknowledgedFlags = new LinkedHashMap<>();
    /** Follow-up ids of the flags already acknowledged. */
    private LinkedHashSet<String> acknowledgedFlags = new LinkedHashSet<>();

    protected Guideline() {
        // for Axon
    }

    /** Called by {@link GuidelineDrafting} in the same unit of work that allocated {@code documentNumber}. */
    Guideline(String documentNumber, DraftGuideline command, String actor) {
        GuidelineKind kind = TextRules.present("kind", command.kind());
        String title = TextRules.required("title", command.title(), TextRules.LINE);
        String scope = TextRules.optional("scope", command.scope(), TextRules.PARAGRAPH);
        String ownerGroup = TextRules.optional("ownerGroup", command.ownerGroup(), TextRules.LINE);
        String processOwner = TextRules.optional("processOwner", command.processOwner(), TextRules.LINE);
        String caseNumber = TextRules.optional("caseNumber", command.caseNumber(), TextRules.CODE);
        List<RegulationReference> references = RegulationCitation.checked(command.regulationReferences());
        int interval = ReviewInterval.months(command.reviewIntervalMonths());
        String content = checkedContent(command.content() == null ? "" : command.content());
        String summary = TextRules.optional("changeSummary", command.changeSummary(), TextRules.PARAGRAPH);
        String author = command.requestKey() != null ? CASE_DECISION_AUTHOR : actor;
        apply(new GuidelineDrafted(documentNumber, kind, title, scope, ownerGroup, processOwner, references, interval,
                caseNumber));
        apply(new VersionDrafted(documentNumber, 1, content, summary, author, null));
    }

    // ---- drafting

    /** @return the number of the new draft version */
    @CommandHandler
    public int handle(OpenRevision command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requireActive();
        requireNoOpenVersion();
        String content = checkedContent(command.content() != null ? command.content() : latest().content());
        String summary = TextRules.required("changeSummary", command.changeSummary(), TextRules.PARAGRAPH);
        int number = nextVersionNumber();
        apply(new VersionDrafted(documentNumber, number, content, summary, actor, latest().number()));
        return number;
    }

    @CommandHandler
    public void handle(ChangeDraftContent command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Version version = versionIn(command.versionNumber(), VersionStatus.DRAFT,
                "the version must be a draft to change its content");
        String content = checkedContent(TextRules.present("content", command.content()));
        String summary = TextRules.optional("changeSummary", command.changeSummary(), TextRules.PARAGRAPH);
        apply(new DraftContentChanged(documentNumber, version.number(), content, summary, actor));
    }

    // ---- review and approval (granskning, fastställande)

    @CommandHandler
    public void handle(SubmitForReview command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Version version = versionIn(command.versionNumber(), VersionStatus.DRAFT,
                "the version must be a draft to be sent for review");
        if (command.reviewers() == null || command.reviewers().isEmpty()) {
            throw new InvalidInputException("reviewers", "name at least one reviewer");
        }
        if (command.reviewers().size() > Review.MAX_REVIEWERS) {
            throw new InvalidInputException("reviewers", "name at most " + Review.MAX_REVIEWERS + " reviewers");
        }
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < command.reviewers().size(); i++) {
            String field = "reviewers[" + i + "]";
            String reviewer = TextRules.required(field, command.reviewers().get(i), TextRules.CODE);
            if (version.writtenBy(reviewer)) {
                throw new InvalidInputException(field, "an author of the version cannot review it");
            }
            if (!reviewers.contains(reviewer)) {
                reviewers.add(reviewer);
            }
        }
        apply(new VersionSubmittedForReview(documentNumber, version.number(), reviewers, actor));
    }

    @CommandHandler
    public void handle(RecordReviewVerdict command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Version version = versionIn(command.versionNumber(), VersionStatus.IN_REVIEW,
                "the version must be in review to record a verdict");
        Review review = version.review();
        String step = version.status().name();
        if (!review.names(actor)) {
            throw new StateConflictException(step, "only the named reviewers " + review.reviewers()
                    + " can record a verdict");
        }
        if (version.writtenBy(actor)) {
            throw new StateConflictException(step, "a reviewer who wrote the version cannot review it");
        }
        if (review.hasVerdictFrom(actor)) {
            throw new StateConflictException(step, "you have already recorded your verdict");
        }
        ReviewVerdict verdict = TextRules.present("verdict", command.verdict());
        String comment = TextRules.optional("comment", command.comment(), TextRules.PARAGRAPH);
        if (verdict == ReviewVerdict.CHANGES_REQUESTED && comment == null) {
            throw new InvalidInputException("comment", "say which changes are needed");
        }
        apply(new ReviewVerdictRecorded(documentNumber, version.number(), actor, verdict, comment));
        if (verdict == ReviewVerdict.CHANGES_REQUESTED) {
            apply(new VersionReturnedToDraft(documentNumber, version.number(), comment, actor));
        }
    }

    @CommandHandler
    public void handle(ReturnToDraft command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Version version = versionIn(command.versionNumber(), VersionStatus.IN_REVIEW,
                "only a version in review can go back to draft");
        String reason = TextRules.required("reason", command.reason(), TextRules.PARAGRAPH);
        apply(new VersionReturnedToDraft(documentNumber, version.number(), reason, actor));
    }

    @CommandHandler
    public void handle(ApproveVersion command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Version version = versionIn(command.versionNumber(), VersionStatus.IN_REVIEW,
                "the version must be in review before it is approved");
        if (version.writtenBy(actor)) {
            throw new StateConflictException(version.status().name(),
                    "approval by someone who did not write the version (no one approves their own version)");
        }
        if (!version.review().everyoneApproved()) {
            throw new StateConflictException(version.status().name(), "every named reviewer must have recorded APPROVE");
        }
        LocalDate approvedOn = TextRules.present("approvedOn", command.approvedOn());
        apply(new VersionApproved(documentNumber, version.number(), actor, approvedOn));
    }

    // ---- publication, retirement, scheduled review

    @CommandHandler
    public void handle(PublishVersion command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Version version = versionIn(command.versionNumber(), VersionStatus.APPROVED,
                "the version must be approved before it is published");
        LocalDate validFrom = TextRules.present("validFrom", command.validFrom());
        Integer previous = publishedVersion;
        apply(new VersionPublished(documentNumber, version.number(), validFrom,
                validFrom.plusMonths(reviewIntervalMonths), actor));
        if (previous != null) {
            apply(new VersionSuperseded(documentNumber, previous, version.number(), validFrom));
        }
        // The case requests made before this publication are carried out by it, as of the day it is valid from.
        for (GuidelineRevisionRequested request : List.copyOf(pendingCaseRevisions)) {
            apply(new GuidelineFollowUpReported(documentNumber, request.caseId(), request.followUpId(),
                    FollowUpKind.GUIDELINE_REVISION, FollowUpOutcome.DONE,
                    "Version " + version.number() + " av " + documentNumber + " publicerad", validFrom));
        }
    }

    @CommandHandler
    public void handle(RetireGuideline command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requireActive();
        String reason = TextRules.required("reason", command.reason(), TextRules.PARAGRAPH);
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

    // ---- requests from case decisions, each acted on once

    @CommandHandler
    public void handle(RequestRevisionFromCase command) {
        if (handledCaseRequests.contains(caseRequestKey(command.caseId(), command.followUpId()))) {
            return;
        }
        requireActive();
        String description = TextRules.optional("description", command.description(), TextRules.TEXT);
        apply(new GuidelineRevisionRequested(documentNumber, command.caseId(), command.caseNumber(),
                command.followUpId(), description));
        if (versions.values().stream().noneMatch(Version::open)) {
            String summary = "Revision enligt beslut i ärende " + command.caseNumber()
                    + (description == null ? "" : ": " + description);
            apply(new VersionDrafted(documentNumber, nextVersionNumber(), latest().content(),
                    summary.length() > TextRules.PARAGRAPH ? summary.substring(0, TextRules.PARAGRAPH) : summary,
                    CASE_DECISION_AUTHOR, latest().number()));
        }
    }

    @CommandHandler
    public void handle(FlagForRegulatoryChange command) {
        if (handledCaseRequests.contains(caseRequestKey(command.caseId(), command.followUpId())) || retired) {
            return;
        }
        apply(new GuidelineFlaggedForRegulatoryChange(documentNumber, command.caseId(), command.caseNumber(),
                command.followUpId(), command.regulationReference()));
    }

    @CommandHandler
    public void handle(AcknowledgeRegulatoryFlag command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requireActive();
        String followUpId = TextRules.required("followUpId", command.followUpId(), TextRules.CODE);
        if (acknowledgedFlags.contains(followUpId)) {
            throw new StateConflictException("ACKNOWLEDGED", "the flag has already been acknowledged");
        }
        String caseId = unacknowledgedFlags.get(followUpId);
        if (caseId == null) {
            throw new NotFoundException("Regulatory flag", documentNumber + " " + followUpId);
        }
        LocalDate on = TextRules.present("acknowledgedOn", command.acknowledgedOn());
        apply(new RegulatoryFlagAcknowledged(documentNumber, caseId, followUpId, actor, on));
    }

    // ---- state, set only here

    @EventSourcingHandler
    void on(GuidelineDrafted event) {
        documentNumber = event.documentNumber();
        title = event.title();
        reviewIntervalMonths = event.reviewIntervalMonths();
    }

    @EventSourcingHandler
    void on(VersionDrafted event) {
        versions.put(event.versionNumber(), new Version(event.versionNumber(), event.content(), event.author()));
    }

    @EventSourcingHandler
    void on(DraftContentChanged event) {
        versions.get(event.versionNumber()).rewritten(event.content(), event.editedBy());
    }

    @EventSourcingHandler
    void on(VersionSubmittedForReview event) {
        Version version = versions.get(event.versionNumber());
        version.moveTo(VersionStatus.IN_REVIEW);
        version.reviewedBy(Review.of(event.reviewers()));
    }

    @EventSourcingHandler
    void on(ReviewVerdictRecorded event) {
        Version version = versions.get(event.versionNumber());
        version.reviewedBy(version.review().withVerdict(event.reviewer(), event.verdict()));
    }

    @EventSourcingHandler
    void on(VersionReturnedToDraft event) {
        Version version = versions.get(event.versionNumber());
        version.moveTo(VersionStatus.DRAFT);
        version.reviewedBy(version.review().cleared());
    }

    @EventSourcingHandler
    void on(VersionApproved event) {
        versions.get(event.versionNumber()).moveTo(VersionStatus.APPROVED);
    }

    @EventSourcingHandler
    void on(VersionPublished event) {
        versions.get(event.versionNumber()).moveTo(VersionStatus.PUBLISHED);
        publishedVersion = event.versionNumber();
        nextReviewDate = event.nextReviewDate();
    }

    @EventSourcingHandler
    void on(VersionSuperseded event) {
        versions.get(event.versionNumber()).moveTo(VersionStatus.SUPERSEDED);
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
        handledCaseRequests.add(caseRequestKey(event.caseId(), event.followUpId()));
        pendingCaseRevisions.add(event);
    }

    @EventSourcingHandler
    void on(GuidelineFollowUpReported event) {
        pendingCaseRevisions.removeIf(r -> r.caseId().equals(event.caseId())
                && r.followUpId().equals(event.followUpId()));
    }

    @EventSourcingHandler
    void on(GuidelineFlaggedForRegulatoryChange event) {
        handledCaseRequests.add(caseRequestKey(event.caseId(), event.followUpId()));
        unacknowledgedFlags.put(event.followUpId(), event.caseId());
    }

    @EventSourcingHandler
    void on(RegulatoryFlagAcknowledged event) {
        unacknowledgedFlags.remove(event.followUpId());
        acknowledgedFlags.add(event.followUpId());
    }

    // ---- guards and look-ups

    private void requireActive() {
        if (retired) {
            throw new StateConflictException("RETIRED", "the guideline is retired; nothing can change any more");
        }
    }

    private void requireNoOpenVersion() {
        versions.values().stream().filter(Version::open).findFirst().ifPresent(open -> {
            throw new StateConflictException(open.status().name(),
                    "version " + open.number() + " is still open; publish it or finish its review first");
        });
    }

    /** The version, if the guideline is active and the version is in the {@code needed} step ({@code what} says why). */
    private Version versionIn(int number, VersionStatus needed, String what) {
        requireActive();
        Version version = versions.get(number);
        if (version == null) {
            throw new NotFoundException("Version", documentNumber + " v" + number);
        }
        version.require(needed, what);
        return version;
    }

    private Version latest() {
        return versions.lastEntry().getValue();
    }

    private int nextVersionNumber() {
        return latest().number() + 1;
    }

    private static String caseRequestKey(String caseId, String followUpId) {
        return caseId + "/" + followUpId;
    }

    /**
     * Markdown is checked by the text rule (length, personal identity numbers) but stored as written: leading and
     * trailing whitespace can carry meaning in Markdown, and an empty draft stays an empty text, not null.
     */
    private static String checkedContent(String content) {
        TextRules.optional("content", content, TextRules.DOCUMENT);
        return content;
    }

    /** Each e-mail sent about this guideline, recorded by the platform's notifier (RecordNotificationSent). */
    @AggregateMember
    private final SentNotifications notifications = new SentNotifications();
}
