package se.rjh.mtp.groups.register.projection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.devices.CorrectiveActionCompleted;
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
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.ChangeLogEntry;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.IncidentLink;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.IvoInformation;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.LinkedCase;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.MarketSearch;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.Withdrawal;
import se.rjh.mtp.api.devices.view.ReviewView;
import se.rjh.mtp.api.devices.view.ReviewView.CorrectiveActionView;

/**
 * One device folded from its events, oldest first: the device page. Read from the event store, not a read model,
 * so the page shows every event the moment it is stored. Who did what comes from the events' metadata.
 */
final class DeviceDetails {


    private String id;
    private InHouseDeviceStatus status;
    private int version;
    private InHouseDeviceDescription description;
    private LinkedCase linkedCase;
    private MarketSearch marketSearch;
    private final Map<String, GsprEntry> gspr = new LinkedHashMap<>();
    private IvoInformation ivo;
    private String reviewInterval;
    private LocalDate nextReviewDue;
    /** The due dates the deadline scan found passed; a flag belongs to its due date, as in the aggregate. */
    private LocalDate reviewOverdueFor;
    private LocalDate marketSearchOverdueFor;
    private LocalDate proposedOn;
    private String proposedBy;
    private LocalDate developmentStartedOn;
    private LocalDate releasedOn;
    private String releasedBy;
    private LocalDate inUseFrom;
    private String withdrawalProposedByReview;
    private Withdrawal withdrawal;
    private final List<ChangeLogEntry> changeLog = new ArrayList<>();
    private final Map<String, ReviewView> reviews = new LinkedHashMap<>();
    private final List<IncidentLink> incidents = new ArrayList<>();

    private DeviceDetails() {
    }

    /** Empty when there are no events: no such device. */
    static Optional<DeviceDetails> fold(List<? extends DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        DeviceDetails details = new DeviceDetails();
        events.forEach(details::apply);
        return Optional.of(details);
    }

    /**
     * @param unitName   the responsible unit's name, looked up by the caller
     * @param ivoDeadline how long after the decision the information to IVO is due
     */
    InHouseDeviceView view(String unitName, Period ivoDeadline) {
        LocalDate ivoDue = ivo == null && linkedCase != null ? linkedCase.decidedOn().plus(ivoDeadline) : null;
        // A new due date (another interval, an incident, a review) leaves the old one's flag behind.
        boolean reviewOverdue = nextReviewDue != null && nextReviewDue.equals(reviewOverdueFor);
        boolean marketSearchOverdue = marketSearch != null && marketSearch.nextSearchDue() != null
                && marketSearch.nextSearchDue().equals(marketSearchOverdueFor);
        return new InHouseDeviceView(id, status, version, description, unitName, linkedCase, marketSearch,
                List.copyOf(gspr.values()), ivo, ivoDue, reviewInterval, nextReviewDue, reviewOverdue,
                marketSearchOverdue, proposedOn, proposedBy, developmentStartedOn, releasedOn, releasedBy, inUseFrom,
                withdrawalProposedByReview, withdrawal, List.copyOf(changeLog), List.copyOf(reviews.values()),
                List.copyOf(incidents));
    }

    String responsibleUnitId() {
        return description.responsibleUnitId();
    }

    private void apply(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        Object actorValue = message.getMetaData().get(MetadataKeys.ACTOR);
        String actor = actorValue == null ? null : actorValue.toString();
        if (payload instanceof InHouseDeviceProposed e) {
            id = e.deviceId();
            status = InHouseDeviceStatus.after(e).orElseThrow();
            description = new InHouseDeviceDescription(e.name(), null, e.kind(), e.intendedPurpose(), null, null,
                    null, null, e.responsibleUnitId(), null, null, null, null, null);
            proposedOn = e.proposedOn();
            proposedBy = actor;
        } else if (payload instanceof InHouseDeviceCaseLinked e) {
            linkedCase = new LinkedCase(e.caseId(), e.caseNumber(), e.decidedOn());
        } else if (payload instanceof InHouseDeviceDescribed e) {
            description = e.description();
        } else if (payload instanceof MarketSearchRecorded e) {
            marketSearch = new MarketSearch(e.nonEquivalenceJustification(), e.searchedOn(),
                    e.equivalentDeviceFound(), e.result(), e.nextSearchDue());
        } else if (payload instanceof GsprChecklistRecorded e) {
            e.entries().forEach(entry -> gspr.put(entry.requirement(), entry));
        } else if (payload instanceof IvoInformationRecorded e) {
            ivo = new IvoInformation(e.informedOn(), e.reference(), e.contentIncluded());
        } else if (payload instanceof InHouseDeviceDevelopmentStarted e) {
            status = InHouseDeviceStatus.after(e).orElseThrow();
            developmentStartedOn = e.startedOn();
        } else if (payload instanceof InHouseDeviceReleased e) {
            status = InHouseDeviceStatus.after(e).orElseThrow();
            version = e.version();
            releasedOn = e.releasedOn();
            releasedBy = actor;
            nextReviewDue = e.nextReviewDue();
        } else if (payload instanceof InHouseDeviceTakenIntoUse e) {
            status = InHouseDeviceStatus.after(e).orElseThrow();
            inUseFrom = e.inUseFrom();
        } else if (payload instanceof InHouseDeviceRevised e) {
            version = e.version();
            changeLog.add(new ChangeLogEntry(e.version(), e.changeNote(), e.revisedOn(), actor));
        } else if (payload instanceof InHouseDeviceWithdrawn e) {
            status = InHouseDeviceStatus.after(e).orElseThrow();
            withdrawal = new Withdrawal(e.withdrawnOn(), e.reason(), e.transitionPlan(), actor, e.reviewId());
            withdrawalProposedByReview = null;
            nextReviewDue = null;
            marketSearchOverdueFor = null;
        } else if (payload instanceof ReviewIntervalChanged e) {
            reviewInterval = e.reviewInterval();
            if (e.nextReviewDue() != null) {
                nextReviewDue = e.nextReviewDue();
            }
        } else if (payload instanceof IncidentLinkedToInHouseDevice e) {
            incidents.add(new IncidentLink(e.caseId(), e.caseNumber(), e.eventDate(), e.linkedOn()));
            nextReviewDue = e.nextReviewDue();
        } else if (payload instanceof InHouseDeviceReviewed e) {
            reviews.put(e.reviewId(), new ReviewView(e.reviewId(), e.findings(), e.reviewedOn(), actor,
                    e.correctiveActions().stream().map(a -> new CorrectiveActionView(a.actionId(), a.description(),
                            a.owner(), a.dueDate(), false, null, null, null)).toList()));
            nextReviewDue = e.nextReviewDue();
            reviewOverdueFor = null;
            withdrawalProposedByReview = e.findings().conclusion() == ReviewConclusion.WITHDRAW ? e.reviewId() : null;
        } else if (payload instanceof CorrectiveActionCompleted e) {
            reviews.computeIfPresent(e.reviewId(), (rid, r) -> new ReviewView(rid, r.findings(), r.reviewedOn(),
                    r.reviewedBy(), r.correctiveActions().stream().map(a -> a.actionId().equals(e.actionId())
                            ? new CorrectiveActionView(a.actionId(), a.description(), a.owner(), a.dueDate(), true,
                            e.completedOn(), e.note(), actor) : a).toList()));
        } else if (payload instanceof InHouseDeviceReviewOverdue e) {
            reviewOverdueFor = e.dueDate();
        } else if (payload instanceof MarketSearchOverdue e) {
            marketSearchOverdueFor = e.dueDate();
        }
    }
}
