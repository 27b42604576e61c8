package se.rjh.mtp.guidelines.library;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.guidelines.domain.RegulationCitation;
import se.rjh.mtp.guidelines.library.GuidelineView.CaseRequest;
import se.rjh.mtp.guidelines.library.GuidelineView.RegulationReferenceView;
import se.rjh.mtp.guidelines.library.GuidelineView.Verdict;
import se.rjh.mtp.guidelines.library.GuidelineView.VersionView;

/**
 * Builds a guideline's view from its own events, read from sequence 0 (never from a snapshot), so every version
 * ever written is there and the answer is current the moment a command returns.
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

    static GuidelineView fold(List<?> payloads) {
        GuidelineView view = null;
        for (Object payload : payloads) {
            if (payload instanceof GuidelineDrafted e) {
                view = new GuidelineView();
                view.documentNumber = e.documentNumber();
                view.kind = e.kind();
                view.title = e.title();
                view.scope = e.scope();
                view.ownerGroup = e.ownerGroup();
                view.processOwner = e.processOwner();
                view.reviewIntervalMonths = e.reviewIntervalMonths();
                view.caseNumber = e.caseNumber();
                for (var r : e.regulationReferences()) {
                    view.regulationReferences.add(
                            new RegulationReferenceView(r.framework().name(), r.provision(), RegulationCitation.label(r)));
                }
            } else if (view != null) {
                apply(view, payload);
            }
        }
        return view;
    }

    private static void apply(GuidelineView view, Object payload) {
        if (payload instanceof VersionDrafted e) {
            VersionView v = new VersionView();
            v.versionNumber = e.versionNumber();
            v.status = "DRAFT";
            v.content = e.content();
            v.changeSummary = e.changeSummary();
            v.author = e.author();
            v.authors.add(e.author());
            v.basedOn = e.basedOn();
            view.versions.add(v);
        } else if (payload instanceof DraftContentChanged e) {
            VersionView v = view.version(e.versionNumber());
            v.content = e.content();
            if (e.changeSummary() != null) {
                v.changeSummary = e.changeSummary();
            }
            if (!v.authors.contains(e.editedBy())) {
                v.authors.add(e.editedBy());
            }
        } else if (payload instanceof VersionSubmittedForReview e) {
            VersionView v = view.version(e.versionNumber());
            v.status = "IN_REVIEW";
            v.reviewers = List.copyOf(e.reviewers());
            v.verdicts.clear();
        } else if (payload instanceof ReviewVerdictRecorded e) {
            view.version(e.versionNumber()).verdicts.add(new Verdict(e.reviewer(), e.verdict().name(), e.comment()));
        } else if (payload instanceof VersionReturnedToDraft e) {
            view.version(e.versionNumber()).status = "DRAFT";
        } else if (payload instanceof VersionApproved e) {
            VersionView v = view.version(e.versionNumber());
            v.status = "APPROVED";
            v.approvedBy = e.approvedBy();
            v.approvedOn = e.approvedOn();
        } else if (payload instanceof VersionPublished e) {
            VersionView v = view.version(e.versionNumber());
            v.status = "PUBLISHED";
            v.validFrom = e.validFrom();
            v.nextReviewDate = e.nextReviewDate();
            view.publishedVersion = e.versionNumber();
            view.nextReviewDate = e.nextReviewDate();
        } else if (payload instanceof VersionSuperseded e) {
            VersionView v = view.version(e.versionNumber());
            v.status = "SUPERSEDED";
            v.validTo = e.validTo();
        } else if (payload instanceof GuidelineRetired e) {
            view.retired = true;
            view.retiredReason = e.reason();
            view.retiredOn = e.retiredOn();
        } else if (payload instanceof GuidelineReviewDue e) {
            view.reviewDueRaisedFor = e.versionNumber();
        } else if (payload instanceof GuidelineRevisionRequested e) {
            view.revisionRequests.add(new CaseRequest(e.caseId(), e.caseNumber(), e.followUpId(), e.description()));
        } else if (payload instanceof GuidelineFlaggedForRegulatoryChange e) {
            view.regulatoryFlags.add(new CaseRequest(e.caseId(), e.caseNumber(), e.followUpId(), e.regulationReference()));
        }
    }
}
