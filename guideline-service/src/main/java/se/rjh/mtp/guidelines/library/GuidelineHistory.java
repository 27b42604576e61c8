package se.rjh.mtp.guidelines.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.api.guidelines.view.CaseRequestView;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.api.guidelines.view.RegulationReferenceView;
import se.rjh.mtp.api.guidelines.view.ReviewVerdictView;
import se.rjh.mtp.guidelines.domain.RegulationCitation;

/**
 * Builds a guideline's view from its own events, read from sequence 0 (never from a snapshot), so every version
 * ever written is there and the answer is current the moment a command returns. The view's JSON is written from
 * these typed records, never from the events' JSON, so renaming an event field cannot change the HTTP contract.
 */
public final class GuidelineHistory {

    private GuidelineHistory() {
    }

    public static GuidelineView read(EventStore store, String documentNumber) {
        List<? extends EventMessage<?>> events = store.readEvents(documentNumber, 0).asStream().toList();
        GuidelineView view = fold(events.stream().map(EventMessage::getPayload).toList());
        if (view == null) {
            throw new NotFoundException("Guideline", documentNumber);
        }
        return view;
    }

    /** The view after these events, or null when the guideline was never drafted. */
    static GuidelineView fold(List<?> payloads) {
        Guideline guideline = null;
        for (Object payload : payloads) {
            if (payload instanceof GuidelineDrafted e) {
                guideline = new Guideline(e);
            } else if (guideline != null) {
                guideline.apply(payload);
            }
        }
        return guideline == null ? null : guideline.view();
    }

    /** The guideline while its events are folded; becomes the immutable view at the end. */
    private static final class Guideline {
        private final GuidelineDrafted drafted;
        private boolean retired;
        private String retiredReason;
        private LocalDate retiredOn;
        private Integer publishedVersion;
        private LocalDate nextReviewDate;
        private Integer reviewDueRaisedFor;
        private final List<CaseRequestView> revisionRequests = new ArrayList<>();
        private final List<CaseRequestView> regulatoryFlags = new ArrayList<>();
        private final Map<Integer, Version> versions = new LinkedHashMap<>();

        Guideline(GuidelineDrafted drafted) {
            this.drafted = drafted;
        }

        void apply(Object payload) {
            if (payload instanceof VersionDrafted e) {
                versions.put(e.versionNumber(), new Version(e));
            } else if (payload instanceof DraftContentChanged e) {
                versions.get(e.versionNumber()).rewritten(e);
            } else if (payload instanceof VersionSubmittedForReview e) {
                Version v = versions.get(e.versionNumber());
                v.status = "IN_REVIEW";
                v.reviewers = List.copyOf(e.reviewers());
                v.verdicts.clear();
            } else if (payload instanceof ReviewVerdictRecorded e) {
                versions.get(e.versionNumber()).verdicts.add(new ReviewVerdictView(e.reviewer(), e.verdict(), e.comment()));
            } else if (payload instanceof VersionReturnedToDraft e) {
                versions.get(e.versionNumber()).status = "DRAFT";
            } else if (payload instanceof VersionApproved e) {
                Version v = versions.get(e.versionNumber());
                v.status = "APPROVED";
                v.approvedBy = e.approvedBy();
                v.approvedOn = e.approvedOn();
            } else if (payload instanceof VersionPublished e) {
                Version v = versions.get(e.versionNumber());
                v.status = "PUBLISHED";
                v.validFrom = e.validFrom();
                v.nextReviewDate = e.nextReviewDate();
                publishedVersion = e.versionNumber();
                nextReviewDate = e.nextReviewDate();
            } else if (payload instanceof VersionSuperseded e) {
                Version v = versions.get(e.versionNumber());
                v.status = "SUPERSEDED";
                v.validTo = e.validTo();
            } else if (payload instanceof GuidelineRetired e) {
                retired = true;
                retiredReason = e.reason();
                retiredOn = e.retiredOn();
            } else if (payload instanceof GuidelineReviewDue e) {
                reviewDueRaisedFor = e.versionNumber();
            } else if (payload instanceof GuidelineRevisionRequested e) {
                revisionRequests.add(new CaseRequestView(e.caseId(), e.caseNumber(), e.followUpId(), e.description()));
            } else if (payload instanceof GuidelineFlaggedForRegulatoryChange e) {
                regulatoryFlags.add(new CaseRequestView(e.caseId(), e.caseNumber(), e.followUpId(),
                        e.regulationReference()));
            } else if (payload instanceof RegulatoryFlagAcknowledged e) {
                regulatoryFlags.replaceAll(flag -> flag.followUpId().equals(e.followUpId())
                        ? flag.acknowledged(e.acknowledgedBy(), e.acknowledgedOn()) : flag);
            }
        }

        GuidelineView view() {
            List<RegulationReferenceView> references = drafted.regulationReferences().stream()
                    .map(r -> new RegulationReferenceView(r.framework(), r.provision(), RegulationCitation.label(r)))
                    .toList();
            return new GuidelineView(drafted.documentNumber(), drafted.kind(), drafted.title(), drafted.scope(),
                    drafted.ownerGroup(), drafted.processOwner(), references, drafted.reviewIntervalMonths(),
                    drafted.caseNumber(), retired, retiredReason, retiredOn, publishedVersion, nextReviewDate,
                    reviewDueRaisedFor, List.copyOf(revisionRequests), List.copyOf(regulatoryFlags),
                    versions.values().stream().map(Version::view).toList());
        }
    }

    /** One version while its events are folded. */
    private static final class Version {
        private final VersionDrafted drafted;
        private String status = "DRAFT";
        private String content;
        private String changeSummary;
        private final List<String> authors = new ArrayList<>();
        private List<String> reviewers = List.of();
        private final List<ReviewVerdictView> verdicts = new ArrayList<>();
        private String approvedBy;
        private LocalDate approvedOn;
        private LocalDate validFrom;
        private LocalDate validTo;
        private LocalDate nextReviewDate;

        Version(VersionDrafted drafted) {
            this.drafted = drafted;
            this.content = drafted.content();
            this.changeSummary = drafted.changeSummary();
            this.authors.add(drafted.author());
        }

        void rewritten(DraftContentChanged e) {
            content = e.content();
            if (e.changeSummary() != null) {
                changeSummary = e.changeSummary();
            }
            if (!authors.contains(e.editedBy())) {
                authors.add(e.editedBy());
            }
        }

        GuidelineVersionView view() {
            return new GuidelineVersionView(drafted.versionNumber(), status, content, changeSummary, drafted.author(),
                    new ArrayList<>(authors), drafted.basedOn(), reviewers, List.copyOf(verdicts), approvedBy, approvedOn,
                    validFrom, validTo, nextReviewDate);
        }
    }
}
