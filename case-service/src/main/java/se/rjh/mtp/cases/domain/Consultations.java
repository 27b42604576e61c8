package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;

/**
 * The consultation requests of one case and where each stands, with the rules about them: ids are unique, only an
 * open request is answered, waived, withdrawn or given a new due date, a request becomes overdue once (again after a
 * new due date), and a proposal needs every request closed.
 * The case decides in which step any of this may happen.
 */
class Consultations {

    enum Status { OPEN, ANSWERED, WAIVED, WITHDRAWN }

    record Request(String consultationId, ConcernedBody body, LocalDate dueDate, Status status, boolean overdue) {
        Request with(Status newStatus, boolean isOverdue) {
            return new Request(consultationId, body, dueDate, newStatus, isOverdue);
        }
    }

    private final Map<String, Request> requests = new LinkedHashMap<>();

    /** The id of a new request: given, and not used before on this case. */
    String newId(String consultationId) {
        String id = TextRules.identifier("consultationId", consultationId);
        if (requests.containsKey(id)) {
            throw new InvalidInputException("consultationId", "is already used on this case");
        }
        return id;
    }

    /** A request is answered by its due date, which cannot lie before the day it is asked. */
    static LocalDate validDueDate(LocalDate dueDate, LocalDate requestedOn) {
        TextRules.present("dueDate", dueDate);
        if (requestedOn != null && dueDate.isBefore(requestedOn)) {
            throw new InvalidInputException("dueDate", "must not be in the past");
        }
        return dueDate;
    }

    /** A new due date differs from the current one and, like the first, does not lie before the day it is set. */
    static LocalDate changedDueDate(Request request, LocalDate dueDate, LocalDate changedOn) {
        LocalDate valid = validDueDate(dueDate, changedOn);
        if (valid.equals(request.dueDate())) {
            throw new InvalidInputException("dueDate", "is already the due date");
        }
        return valid;
    }

    Request requireOpen(String caseStep, String consultationId) {
        TextRules.present("consultationId", consultationId);
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

    /** The request that has just become overdue on {@code today}; null if it is not open, or already reported. */
    Request newlyOverdue(String consultationId, LocalDate today) {
        Request request = requests.get(consultationId);
        boolean applies = request != null && request.status() == Status.OPEN && !request.overdue()
                && today != null && today.isAfter(request.dueDate());
        return applies ? request : null;
    }

    /**
     * What a proposal still needs of the consultations: every request answered or waived, and at least one request
     * that was not withdrawn unless the proposal says why none was needed.
     */
    List<String> missingForProposal(boolean noConsultationNeeded) {
        List<String> missing = new ArrayList<>();
        requests.values().stream().filter(r -> r.status() == Status.OPEN).forEach(r -> missing.add(
                "consultations." + r.consultationId() + " (" + r.body() + "): answer or waiver"));
        boolean noneHeld = requests.values().stream().allMatch(r -> r.status() == Status.WITHDRAWN);
        if (noneHeld && !noConsultationNeeded) {
            missing.add("consultations: at least one answered or waived, or noConsultationReason");
        }
        return missing;
    }

    void requested(String consultationId, ConcernedBody body, LocalDate dueDate) {
        requests.put(consultationId, new Request(consultationId, body, dueDate, Status.OPEN, false));
    }

    void closed(String consultationId, Status status) {
        requests.computeIfPresent(consultationId, (id, r) -> r.with(status, r.overdue()));
    }

    /** The request is due on the new date, and not overdue until that date has passed. */
    void dueDateChanged(String consultationId, LocalDate dueDate) {
        requests.computeIfPresent(consultationId,
                (id, r) -> new Request(id, r.body(), dueDate, r.status(), false));
    }

    void overdue(String consultationId) {
        requests.computeIfPresent(consultationId, (id, r) -> r.with(r.status(), true));
    }
}
