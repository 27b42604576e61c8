package se.rjh.mtp.cases.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;

/** The consultation requests of one case and where each stands. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Consultations {

    enum Status { OPEN, ANSWERED, WAIVED }

    record Request(String consultationId, ConcernedBody body, LocalDate dueDate, Status status, boolean overdue) {
        Request with(Status newStatus, boolean isOverdue) {
            return new Request(consultationId, body, dueDate, newStatus, isOverdue);
        }
    }

    private final Map<String, Request> requests = new LinkedHashMap<>();

    void requested(String consultationId, ConcernedBody body, LocalDate dueDate) {
        requests.put(consultationId, new Request(consultationId, body, dueDate, Status.OPEN, false));
    }

    void closed(String consultationId, Status status) {
        requests.computeIfPresent(consultationId, (id, r) -> r.with(status, r.overdue()));
    }

    void overdue(String consultationId) {
        requests.computeIfPresent(consultationId, (id, r) -> r.with(r.status(), true));
    }

    boolean exists(String consultationId) {
        return requests.containsKey(consultationId);
    }

    boolean isEmpty() {
        return requests.isEmpty();
    }

    Request get(String consultationId) {
        return requests.get(consultationId);
    }

    Request requireOpen(String caseStep, String consultationId) {
        if (consultationId == null) {
            throw new InvalidInputException("consultationId", "is required");
        }
        Request request = requests.get(consultationId);
        if (request == null) {
            throw new NotFoundException("consultation", consultationId);
        }
        if (request.status() != Status.OPEN) {
            throw new StateConflictException(caseStep,
                    "consultation " + consultationId + " is already " + request.status().name().toLowerCase());
        }
        return request;
    }

    /** The open requests, named for the list of what a proposal is missing. */
    List<String> openItems() {
        List<String> items = new ArrayList<>();
        requests.values().stream().filter(r -> r.status() == Status.OPEN).forEach(r -> items.add(
                "consultations." + r.consultationId() + " (" + r.body() + "): answer or waiver"));
        return items;
    }
}
