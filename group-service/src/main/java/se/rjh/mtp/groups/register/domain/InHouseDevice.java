package se.rjh.mtp.groups.register.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;
import static se.rjh.mtp.api.devices.InHouseDeviceStatus.IN_USE;
import static se.rjh.mtp.api.devices.InHouseDeviceStatus.PROPOSED;
import static se.rjh.mtp.api.devices.InHouseDeviceStatus.RELEASED;
import static se.rjh.mtp.api.devices.InHouseDeviceStatus.UNDER_DEVELOPMENT;
import static se.rjh.mtp.api.devices.InHouseDeviceStatus.WITHDRAWN;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.SentNotifications;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.devices.CorrectiveAction;
import se.rjh.mtp.api.devices.CorrectiveActionCompleted;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprChecklistRecorded;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceDevelopmentStarted;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.InHouseDeviceReviewed;
import se.rjh.mtp.api.devices.InHouseDeviceRevised;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.InHouseDeviceWithdrawn;
import se.rjh.mtp.api.devices.IncidentLinkedToInHouseDevice;
import se.rjh.mtp.api.devices.IvoInformationRecorded;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CaseLink;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ChangeReviewInterval;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CheckRelease;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CompleteCorrectiveAction;
import se.rjh.mtp.groups.register.domain.RegisterCommands.DescribeDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.LinkCase;
import se.rjh.mtp.groups.register.domain.RegisterCommands.LinkIncident;
import se.rjh.mtp.groups.register.domain.RegisterCommands.MarkMarketSearchOverdue;
import se.rjh.mtp.groups.register.domain.RegisterCommands.MarkReviewOverdue;
import se.rjh.mtp.groups.register.domain.RegisterCommands.NewCorrectiveAction;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ProposeInHouseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordDeviceNotification;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordGspr;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordIvoInformation;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordMarketSearch;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordReview;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ReleaseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.StartDevelopment;
import se.rjh.mtp.groups.register.domain.RegisterCommands.TakeIntoUse;
import se.rjh.mtp.groups.register.domain.RegisterCommands.WithdrawDevice;

/**
 * One in-house device of the register (MDR/IVDR Art. 5(5)). Role checks happen at the HTTP edge; every other rule
 * is here: the lifecycle, what a release needs, when reviews and market searches fall due. Nothing is deleted: a
 * withdrawn device keeps its whole history. A change to a RELEASED or IN_USE device makes a new version with its
 * change note.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class InHouseDevice {

    /** The most GSPR entries, IVO content items or corrective actions one command may carry. */
    public static final int MAX_ENTRIES = 100;
    private static final Set<InHouseDeviceStatus> CHANGEABLE = EnumSet.of(PROPOSED, UNDER_DEVELOPMENT, RELEASED, IN_USE);
    /** A change in these makes a new version. */
    private static final Set<InHouseDeviceStatus> VERSIONED = EnumSet.of(RELEASED, IN_USE);
    /** Reviews, and the due dates of reviews and market searches, apply to these. */
    private static final Set<InHouseDeviceStatus> IN_SERVICE = EnumSet.of(RELEASED, IN_USE);

    @AggregateIdentifier
    private String deviceId;
    private InHouseDeviceStatus status;
    private int version;
    private InHouseDeviceDescription description;
    private String linkedCaseId;
    private String nonEquivalenceJustification;
    private boolean equivalentDeviceFound;
    private LocalDate nextSearchDue;
    private LocalDate searchOverdueRaisedFor;
    // Concrete types: an aggregate snapshot restores each field as its declared type.
    private LinkedHashMap<String, GsprEntry> gspr = new LinkedHashMap<>();
    private LocalDate ivoInformedOn;
    private ArrayList<String> ivoContent = new ArrayList<>();
    private String reviewInterval;
    private LocalDate releasedOn;
    /** The release or the last review: the next review is counted from it. */
    private LocalDate lastReviewBase;
    private LocalDate nextReviewDue;
    private LocalDate reviewOverdueRaisedFor;
    private HashSet<String> incidentCaseIds = new HashSet<>();
    /** Per review, the ids of its corrective actions not yet completed. */
    private HashMap<String, HashSet<String>> openActions = new HashMap<>();
    private HashSet<String> completedActions = new HashSet<>();
    private String withdrawalProposedByReview;
    /** Each reminder mailed about this device. A plain field: the assignment takes RecordNotificationSent. */
    private final SentNotifications notifications = new SentNotifications();

    protected InHouseDevice() {
        // for Axon
    }

    /** Called by {@link InHouseDeviceProposing} in the unit of work that took {@code deviceId}'s number. */
    InHouseDevice(String deviceId, ProposeInHouseDevice proposal, RegisterPolicy policy) {
        apply(new InHouseDeviceProposed(deviceId, proposal.name(), proposal.kind(), proposal.intendedPurpose(),
                proposal.responsibleUnitId(), proposal.proposedOn()));
        apply(new ReviewIntervalChanged(deviceId, policy.reviewInterval().toString(), null));
        if (proposal.linkedCase() != null) {
            CaseLink link = proposal.linkedCase();
            apply(new InHouseDeviceCaseLinked(deviceId, link.caseId(), link.caseNumber(), link.decidedOn()));
        }
    }

    /** Checked before a number is taken, so a refused proposal uses up no number. */
    static ProposeInHouseDevice validProposal(ProposeInHouseDevice command, ResponsibleUnits units) {
        return new ProposeInHouseDevice(
                TextRules.required("name", command.name(), LINE),
                TextRules.present("kind", command.kind()),
                TextRules.optional("intendedPurpose", command.intendedPurpose(), TEXT),
                validUnit(command.responsibleUnitId(), units),
                TextRules.present("proposedOn", command.proposedOn()),
                command.linkedCase() == null ? null : validCase(command.linkedCase()),
                TextRules.optional("requestKey", command.requestKey(), LINE));
    }

    // ---- What the device is

    @CommandHandler
    void handle(DescribeDevice command, ResponsibleUnits units) {
        requireStatus("a withdrawn device is not changed", CHANGEABLE);
        InHouseDeviceDescription d = TextRules.present("description", command.description());
        DeviceKind kind = TextRules.present("kind", d.kind());
        if (d.riskClass() != null && DeviceKind.of(d.riskClass()) != kind) {
            throw new InvalidInputException("riskClass", "must be an " + (kind == DeviceKind.MD ? "MDR" : "IVDR")
                    + " class for an " + kind + " device");
        }
        if (d.unitsPerYear() != null && d.unitsPerYear() < 0) {
            throw new InvalidInputException("unitsPerYear", "must not be negative");
        }
        String note = changeNote(command.changeNote());
        apply(new InHouseDeviceDescribed(deviceId, new InHouseDeviceDescription(
                TextRules.required("name", d.name(), LINE),
                TextRules.optional("deviceVersion", d.deviceVersion(), CODE),
                kind,
                TextRules.optional("intendedPurpose", d.intendedPurpose(), TEXT),
                TextRules.optional("targetGroup", d.targetGroup(), PARAGRAPH),
                d.riskClass(),
                TextRules.optional("classificationRule", d.classificationRule(), CODE),
                TextRules.optional("classificationRationale", d.classificationRationale(), PARAGRAPH),
                validUnit(d.responsibleUnitId(), units),
                TextRules.optional("manufacturingSite", d.manufacturingSite(), LINE),
                TextRules.optional("qmsReference", d.qmsReference(), LINE),
                TextRules.optional("riskManagementFileRef", d.riskManagementFileRef(), LINE),
                TextRules.optional("documentationRef", d.documentationRef(), LINE),
                d.unitsPerYear())));
        revise(note, command.today());
    }

    @CommandHandler
    void handle(RecordMarketSearch command, RegisterPolicy policy) {
        requireStatus("a withdrawn device is not changed", CHANGEABLE);
        LocalDate searchedOn = notAfter("searchedOn", command.searchedOn(), command.today());
        LocalDate nextDue = command.nextSearchDue() != null ? command.nextSearchDue()
                : searchedOn.plus(policy.marketSearchInterval());
        if (!nextDue.isAfter(searchedOn)) {
            throw new InvalidInputException("nextSearchDue", "must be after the search date " + searchedOn);
        }
        String note = changeNote(command.changeNote());
        apply(new MarketSearchRecorded(deviceId,
                TextRules.required("nonEquivalenceJustification", command.nonEquivalenceJustification(), TEXT),
                searchedOn, command.equivalentDeviceFound(),
                TextRules.required("result", command.result(), TEXT), nextDue));
        revise(note, command.today());
    }

    @CommandHandler
    void handle(RecordGspr command, RegisterPolicy policy) {
        requireStatus("a withdrawn device is not changed", CHANGEABLE);
        List<GsprEntry> given = command.entries() == null ? List.of() : command.entries();
        if (given.isEmpty() || given.size() > MAX_ENTRIES) {
            throw new InvalidInputException("entries", "must name 1 to " + MAX_ENTRIES + " requirements");
        }
        List<String> known = policy.gsprRequirements(description.kind());
        List<GsprEntry> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            GsprEntry entry = TextRules.present("entries[" + i + "]", given.get(i));
            String field = "entries[" + i + "]";
            String requirement = TextRules.required(field + ".requirement", entry.requirement(), CODE);
            if (!known.contains(requirement)) {
                throw new InvalidInputException(field + ".requirement", "is not an Annex I section of an "
                        + description.kind() + " device's checklist: " + String.join(", ", known));
            }
            GsprAnswer answer = TextRules.present(field + ".answer", entry.answer());
            String justification = TextRules.optional(field + ".justification", entry.justification(), PARAGRAPH);
            if (answer != GsprAnswer.MET && justification == null) {
                throw new InvalidInputException(field + ".justification", "is required when " + answer);
            }
            valid.add(new GsprEntry(requirement, answer, justification));
        }
        String note = changeNote(command.changeNote());
        apply(new GsprChecklistRecorded(deviceId, List.copyOf(valid)));
        revise(note, command.today());
    }

    @CommandHandler
    void handle(RecordIvoInformation command, RegisterPolicy policy) {
        requireStatus("a withdrawn device is not changed", CHANGEABLE);
        LocalDate informedOn = notAfter("informedOn", command.informedOn(), command.today());
        List<String> content = TextRules.optionalLines("contentIncluded", command.contentIncluded(), LINE);
        if (content.size() > MAX_ENTRIES) {
            throw new InvalidInputException("contentIncluded", "must name at most " + MAX_ENTRIES + " items");
        }
        List<String> required = policy.ivoRequiredContent();
        for (int i = 0; i < content.size(); i++) {
            if (!required.contains(content.get(i))) {
                throw new InvalidInputException("contentIncluded[" + i + "]",
                        "is not one of the configured items: " + String.join("; ", required));
            }
        }
        String note = changeNote(command.changeNote());
        apply(new IvoInformationRecorded(deviceId, informedOn,
                TextRules.required("reference", command.reference(), LINE), content));
        revise(note, command.today());
    }

    /** The same case again changes nothing; another case replaces it only until release. */
    @CommandHandler
    void handle(LinkCase command) {
        CaseLink link = validCase(TextRules.present("linkedCase", command.linkedCase()));
        if (link.caseId().equals(linkedCaseId)) {
            return;
        }
        requireStatus("the deciding case is linked before release", EnumSet.of(PROPOSED, UNDER_DEVELOPMENT));
        apply(new InHouseDeviceCaseLinked(deviceId, link.caseId(), link.caseNumber(), link.decidedOn()));
    }

    // ---- Lifecycle

    @CommandHandler
    void handle(StartDevelopment command) {
        requireStatus("development starts on a PROPOSED device", EnumSet.of(PROPOSED));
        apply(new InHouseDeviceDevelopmentStarted(deviceId, TextRules.present("startedOn", command.startedOn())));
    }

    @CommandHandler
    List<String> handle(CheckRelease command, RegisterPolicy policy) {
        return missingForRelease(policy);
    }

    @CommandHandler
    void handle(ReleaseDevice command, RegisterPolicy policy) {
        requireStatus("only a device UNDER_DEVELOPMENT is released", EnumSet.of(UNDER_DEVELOPMENT));
        List<String> missing = missingForRelease(policy);
        if (!missing.isEmpty()) {
            throw new ReleaseIncompleteException(status.name(), missing);
        }
        LocalDate on = TextRules.present("releasedOn", command.releasedOn());
        apply(new InHouseDeviceReleased(deviceId, 1, linkedCaseId, on, on.plus(Period.parse(reviewInterval))));
    }

    /** What a release needs, in the order a form asks for it; the release-check endpoint shows the same list. */
    private List<String> missingForRelease(RegisterPolicy policy) {
        List<String> missing = new ArrayList<>();
        if (linkedCaseId == null) {
            missing.add("linkedCase: a decided IN_HOUSE_MANUFACTURING case");
        }
        if (description.riskClass() == null) {
            missing.add("description.riskClass: the risk class");
        }
        if (description.intendedPurpose() == null) {
            missing.add("description.intendedPurpose: the intended purpose");
        }
        if (nonEquivalenceJustification == null) {
            missing.add("marketSearch: the non-equivalence justification and a market search");
        } else if (equivalentDeviceFound) {
            missing.add("marketSearch: an equivalent CE-marked device exists (MDCG 2023-1: switch to it)");
        }
        for (String requirement : policy.gsprRequirements(description.kind())) {
            if (!gspr.containsKey(requirement)) {
                missing.add("gspr." + requirement + ": unanswered");
            }
        }
        if (ivoInformedOn == null) {
            missing.add("ivoInformation: date and reference of the information to IVO");
        } else {
            policy.ivoRequiredContent().stream().filter(item -> !ivoContent.contains(item))
                    .forEach(item -> missing.add("ivoInformation.content: " + item));
        }
        return missing;
    }

    @CommandHandler
    void handle(TakeIntoUse command) {
        requireStatus("a RELEASED device is taken into use", EnumSet.of(RELEASED));
        LocalDate from = command.inUseFrom() != null ? command.inUseFrom() : command.today();
        if (from.isBefore(releasedOn)) {
            throw new InvalidInputException("inUseFrom", "must not be before the release " + releasedOn);
        }
        apply(new InHouseDeviceTakenIntoUse(deviceId, version, from));
    }

    /** By the chair; from any status but WITHDRAWN. The record and its history stay. */
    @CommandHandler
    void handle(WithdrawDevice command) {
        requireStatus("the device is withdrawn already", CHANGEABLE);
        String reviewId = TextRules.optional("reviewId", command.reviewId(), LINE);
        if (reviewId != null && !openActions.containsKey(reviewId)) {
            throw new NotFoundException("Review", reviewId);
        }
        apply(new InHouseDeviceWithdrawn(deviceId, status,
                TextRules.present("withdrawnOn", command.withdrawnOn()),
                TextRules.required("reason", command.reason(), PARAGRAPH),
                TextRules.required("transitionPlan", command.transitionPlan(), TEXT),
                reviewId != null ? reviewId : withdrawalProposedByReview));
    }

    // ---- Reviews (Art. 5(5)(h) MDR, (i) IVDR) and market searches

    @CommandHandler
    void handle(ChangeReviewInterval command) {
        requireStatus("a withdrawn device has no reviews", CHANGEABLE);
        Period interval = TextRules.present("reviewInterval", command.reviewInterval());
        if (interval.isNegative() || interval.isZero() || interval.toTotalMonths() > 60) {
            throw new InvalidInputException("reviewInterval", "must be longer than zero and at most five years");
        }
        if (interval.toString().equals(reviewInterval)) {
            return;
        }
        LocalDate due = lastReviewBase == null ? null : lastReviewBase.plus(interval);
        if (due != null && nextReviewDue != null && nextReviewDue.isBefore(due)
                && nextReviewDue.isBefore(lastReviewBase.plus(Period.parse(reviewInterval)))) {
            due = nextReviewDue; // due early after an incident: a longer interval does not put that off
        }
        apply(new ReviewIntervalChanged(deviceId, interval.toString(), due));
    }

    /**
     * Linked once per incident case. A device in service gets its review due early: the configured short period
     * after the link, unless it is due sooner already.
     */
    @CommandHandler
    boolean handle(LinkIncident command, RegisterPolicy policy) {
        String caseId = TextRules.identifier("caseId", command.caseId());
        if (incidentCaseIds.contains(caseId)) {
            return false;
        }
        LocalDate linkedOn = TextRules.present("linkedOn", command.linkedOn());
        LocalDate due = nextReviewDue;
        if (IN_SERVICE.contains(status)) {
            LocalDate early = linkedOn.plus(policy.earlyReviewPeriod());
            due = due == null || early.isBefore(due) ? early : due;
        }
        apply(new IncidentLinkedToInHouseDevice(deviceId, caseId, command.caseNumber(), command.eventDate(),
                linkedOn, due));
        return true;
    }

    /**
     * A review counts as a market search too: its result is recorded as one, and the next search is due a
     * configured interval later. WITHDRAW proposes the withdrawal; the chair confirms it.
     */
    @CommandHandler
    void handle(RecordReview command, RegisterPolicy policy) {
        requireStatus("a device is reviewed while RELEASED or IN_USE", IN_SERVICE);
        String reviewId = TextRules.identifier("reviewId", command.reviewId());
        if (openActions.containsKey(reviewId)) {
            throw new StateConflictException(status.name(), "a new review id; " + reviewId + " is recorded");
        }
        LocalDate reviewedOn = TextRules.present("reviewedOn", command.reviewedOn());
        ReviewFindings f = TextRules.present("findings", command.findings());
        LocalDate from = f.periodFrom() != null ? f.periodFrom() : lastReviewBase;
        LocalDate to = f.periodTo() != null ? f.periodTo() : reviewedOn;
        if (from.isAfter(to)) {
            throw new InvalidInputException("findings.periodFrom", "must not be after the period's end " + to);
        }
        ReviewFindings findings = new ReviewFindings(from, to,
                TextRules.required("findings.clinicalExperience", f.clinicalExperience(), TEXT),
                TextRules.optional("findings.incidents", f.incidents(), TEXT),
                TextRules.optional("findings.complaints", f.complaints(), TEXT),
                TextRules.present("findings.equivalentDeviceAvailable", f.equivalentDeviceAvailable()),
                TextRules.required("findings.marketSearchNote", f.marketSearchNote(), TEXT),
                TextRules.present("findings.conclusion", f.conclusion()));
        List<CorrectiveAction> actions = actions(reviewId, command.correctiveActions(), reviewedOn);
        apply(new InHouseDeviceReviewed(deviceId, reviewId, findings, actions, reviewedOn,
                reviewedOn.plus(Period.parse(reviewInterval))));
        apply(new MarketSearchRecorded(deviceId, nonEquivalenceJustification, reviewedOn,
                findings.equivalentDeviceAvailable(), findings.marketSearchNote(),
                reviewedOn.plus(policy.marketSearchInterval())));
    }

    private static List<CorrectiveAction> actions(String reviewId, List<NewCorrectiveAction> given,
                                                  LocalDate reviewedOn) {
        List<NewCorrectiveAction> list = given == null ? List.of() : given;
        if (list.size() > MAX_ENTRIES) {
            throw new InvalidInputException("correctiveActions", "must name at most " + MAX_ENTRIES + " actions");
        }
        List<CorrectiveAction> actions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "correctiveActions[" + i + "]";
            NewCorrectiveAction a = TextRules.present(field, list.get(i));
            LocalDate due = TextRules.present(field + ".dueDate", a.dueDate());
            if (due.isBefore(reviewedOn)) {
                throw new InvalidInputException(field + ".dueDate", "must not be before the review " + reviewedOn);
            }
            actions.add(new CorrectiveAction(reviewId + "-" + (i + 1),
                    TextRules.required(field + ".description", a.description(), PARAGRAPH),
                    TextRules.required(field + ".owner", a.owner(), LINE), due));
        }
        return List.copyOf(actions);
    }

    @CommandHandler
    void handle(CompleteCorrectiveAction command) {
        String reviewId = TextRules.identifier("reviewId", command.reviewId());
        String actionId = TextRules.identifier("actionId", command.actionId());
        if (!openActions.containsKey(reviewId)) {
            throw new NotFoundException("Review", reviewId);
        }
        if (completedActions.contains(actionId)) {
            throw new StateConflictException(status.name(), "an open corrective action; " + actionId
                    + " is completed");
        }
        if (!openActions.get(reviewId).contains(actionId)) {
            throw new NotFoundException("Corrective action", actionId);
        }
        apply(new CorrectiveActionCompleted(deviceId, reviewId, actionId,
                TextRules.present("completedOn", command.completedOn()),
                TextRules.optional("note", command.note(), PARAGRAPH)));
    }

    @CommandHandler
    boolean handle(MarkReviewOverdue command) {
        return raiseOverdue(nextReviewDue, reviewOverdueRaisedFor, command.today(), InHouseDeviceReviewOverdue::new);
    }

    @CommandHandler
    boolean handle(MarkMarketSearchOverdue command) {
        return raiseOverdue(nextSearchDue, searchOverdueRaisedFor, command.today(), MarketSearchOverdue::new);
    }

    /** An overdue event of one kind: device id, the due date passed, the day it was found. */
    private interface OverdueEvent {
        Object of(String deviceId, LocalDate dueDate, LocalDate detectedOn);
    }

    /** Raised once per due date, while the device is in service; answers whether it was raised now. */
    private boolean raiseOverdue(LocalDate due, LocalDate raisedFor, LocalDate today, OverdueEvent event) {
        if (!IN_SERVICE.contains(status) || due == null || !today.isAfter(due) || due.equals(raisedFor)) {
            return false;
        }
        apply(event.of(deviceId, due, today));
        return true;
    }

    @CommandHandler
    void handle(RecordDeviceNotification command) {
        notifications.record(command.notification());
    }

    // ---- Rules shared by the handlers

    private void requireStatus(String needed, Set<InHouseDeviceStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new StateConflictException(status.name(), needed);
        }
    }

    /** Required on a released or in-use device, where a change makes a new version; not used before release. */
    private String changeNote(String given) {
        if (!VERSIONED.contains(status)) {
            return null;
        }
        return TextRules.required("changeNote", given, PARAGRAPH);
    }

    private void revise(String note, LocalDate today) {
        if (note != null) {
            apply(new InHouseDeviceRevised(deviceId, version + 1, note, TextRules.present("today", today)));
        }
    }

    private static LocalDate notAfter(String field, LocalDate date, LocalDate today) {
        TextRules.present(field, date);
        if (today != null && date.isAfter(today)) {
            throw new InvalidInputException(field, "must not be in the future");
        }
        return date;
    }

    private static String validUnit(String unitId, ResponsibleUnits units) {
        String id = TextRules.optional("responsibleUnitId", unitId, CODE);
        if (id != null && units.activeUnitName(id).isEmpty()) {
            throw new InvalidInputException("responsibleUnitId", "is no active unit of the unit register");
        }
        return id;
    }

    private static CaseLink validCase(CaseLink link) {
        return new CaseLink(TextRules.identifier("caseId", link.caseId()),
                TextRules.identifier("caseNumber", link.caseNumber()),
                TextRules.present("decidedOn", link.decidedOn()));
    }

    // ---- State, only here

    @EventSourcingHandler
    void on(InHouseDeviceProposed event) {
        deviceId = event.deviceId();
        status = InHouseDeviceStatus.after(event).orElseThrow();
        description = new InHouseDeviceDescription(event.name(), null, event.kind(), event.intendedPurpose(), null,
                null, null, null, event.responsibleUnitId(), null, null, null, null, null);
    }

    @EventSourcingHandler
    void on(InHouseDeviceCaseLinked event) {
        linkedCaseId = event.caseId();
    }

    @EventSourcingHandler
    void on(InHouseDeviceDescribed event) {
        description = event.description();
    }

    @EventSourcingHandler
    void on(MarketSearchRecorded event) {
        nonEquivalenceJustification = event.nonEquivalenceJustification();
        equivalentDeviceFound = event.equivalentDeviceFound();
        nextSearchDue = event.nextSearchDue();
    }

    @EventSourcingHandler
    void on(GsprChecklistRecorded event) {
        event.entries().forEach(entry -> gspr.put(entry.requirement(), entry));
    }

    @EventSourcingHandler
    void on(IvoInformationRecorded event) {
        ivoInformedOn = event.informedOn();
        ivoContent = new ArrayList<>(event.contentIncluded());
    }

    @EventSourcingHandler
    void on(InHouseDeviceDevelopmentStarted event) {
        status = InHouseDeviceStatus.after(event).orElseThrow();
    }

    @EventSourcingHandler
    void on(InHouseDeviceReleased event) {
        status = InHouseDeviceStatus.after(event).orElseThrow();
        version = event.version();
        releasedOn = event.releasedOn();
        lastReviewBase = event.releasedOn();
        nextReviewDue = event.nextReviewDue();
    }

    @EventSourcingHandler
    void on(InHouseDeviceTakenIntoUse event) {
        status = InHouseDeviceStatus.after(event).orElseThrow();
    }

    @EventSourcingHandler
    void on(InHouseDeviceRevised event) {
        version = event.version();
    }

    @EventSourcingHandler
    void on(InHouseDeviceWithdrawn event) {
        status = InHouseDeviceStatus.after(event).orElseThrow();
        nextReviewDue = null;
        withdrawalProposedByReview = null;
    }

    @EventSourcingHandler
    void on(ReviewIntervalChanged event) {
        reviewInterval = event.reviewInterval();
        if (event.nextReviewDue() != null) {
            nextReviewDue = event.nextReviewDue();
        }
    }

    @EventSourcingHandler
    void on(IncidentLinkedToInHouseDevice event) {
        incidentCaseIds.add(event.caseId());
        nextReviewDue = event.nextReviewDue();
    }

    @EventSourcingHandler
    void on(InHouseDeviceReviewed event) {
        lastReviewBase = event.reviewedOn();
        nextReviewDue = event.nextReviewDue();
        HashSet<String> actions = new HashSet<>();
        event.correctiveActions().forEach(action -> actions.add(action.actionId()));
        openActions.put(event.reviewId(), actions);
        withdrawalProposedByReview = event.findings().conclusion() == ReviewConclusion.WITHDRAW
                ? event.reviewId() : null;
    }

    @EventSourcingHandler
    void on(CorrectiveActionCompleted event) {
        completedActions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(InHouseDeviceReviewOverdue event) {
        reviewOverdueRaisedFor = event.dueDate();
    }

    @EventSourcingHandler
    void on(MarketSearchOverdue event) {
        searchOverdueRaisedFor = event.dueDate();
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        notifications.remember(event);
    }
}
