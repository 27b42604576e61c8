package se.rjh.mtp.cases.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.ProtectedText.Part;
import se.rjh.mtp.cases.secrecy.SecrecyPolicy;

/**
 * The read side of cases: one case and its history folded from the event store, the list from its read model.
 * Every answer is masked for the reader's roles here, so no caller can forget it.
 */
@Component
record CaseQueries(EventStore eventStore, CaseListProjection list) {

    static final int MAX_PAGE_SIZE = 200;

    CaseView details(String id, Collection<String> roles) {
        CaseDetails details = CaseDetails.fold(id, events(id));
        return SecrecyPolicy.shown(details.view(), details.secret(), roles);
    }

    /**
     * Every event of the case in order; on a marked case each event's protected text is masked as the reader's roles
     * require, by the same policy as the case view (whether the case is marked now decides, for every event). That
     * includes the recipient of a mail about the case, such as the submitter's address in the decision mail's record.
     */
    List<HistoryEntry> history(String id, Collection<String> roles) {
        List<? extends DomainEventMessage<?>> events = events(id);
        boolean secret = CaseDetails.fold(id, events).secret();
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Object data = SecrecyPolicy.shown(event.getPayload(), secret, roles);
            Object actor = event.getMetaData().get(MetadataKeys.ACTOR);
            history.add(new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), actor == null ? null : actor.toString(), data));
        }
        return history;
    }

    CasePage list(CaseStep step, CaseType caseType, String text, String caseOfficer, int page, int size,
                  CaseListOrder order, Collection<String> roles) {
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        String officer = caseOfficer == null || caseOfficer.isBlank() ? null : caseOfficer.strip();
        boolean mayReadRegistration = !SecrecyPolicy.hiddenFrom(roles).contains(Part.REGISTRATION);
        return list.find(step, caseType, text, officer, page, size, order, mayReadRegistration);
    }

    /** Read from sequence 0, never from a snapshot: the history must show every event. */
    private List<? extends DomainEventMessage<?>> events(String id) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof CaseReceived)) {
            throw new NotFoundException("case", id);
        }
        return events;
    }
}
