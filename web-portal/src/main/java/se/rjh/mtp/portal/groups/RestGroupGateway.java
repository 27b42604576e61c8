package se.rjh.mtp.portal.groups;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.api.groups.view.RaisedQuestion;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.cases.ServiceResponses;

/** group-service over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestGroupGateway implements GroupGateway {

    static final String SERVICE = "group-service";
    /** group-service's largest page of assignments; a LAG's board shows them all. */
    static final int BOARD_SIZE = 200;

    private final RestClient http;
    private final ServiceResponses responses;

    RestGroupGateway(RestClient groupServiceClient, ObjectMapper json) {
        this.http = groupServiceClient;
        this.responses = new ServiceResponses(SERVICE, json);
    }

    @Override
    public List<WorkingGroupView> groups() {
        return call(() -> http.get().uri("/api/groups").retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse)
                .body(new ParameterizedTypeReference<List<WorkingGroupView>>() { }));
    }

    @Override
    public WorkingGroupView group(String groupId) {
        return call(() -> http.get().uri("/api/groups/{id}", groupId).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(WorkingGroupView.class));
    }

    @Override
    public void appoint(String groupId, GroupCommands.Appointment appointment) {
        send(appointment, "/api/groups/{id}/members", groupId);
    }

    @Override
    public void endMembership(String groupId, String userName) {
        call(() -> http.delete().uri("/api/groups/{id}/members/{user}", groupId, userName).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).toBodilessEntity());
    }

    @Override
    public List<AssignmentView> assignments(String groupId) {
        return call(() -> http.get()
                .uri(uri -> uri.path("/api/assignments").queryParam("groupId", groupId)
                        .queryParam("size", BOARD_SIZE).build())
                .retrieve().onStatus(HttpStatusCode::isError, responses::refuse)
                .body(new ParameterizedTypeReference<List<AssignmentView>>() { }));
    }

    @Override
    public AssignmentView assignment(String assignmentId) {
        return call(() -> http.get().uri("/api/assignments/{id}", assignmentId).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(AssignmentView.class));
    }

    @Override
    public String issue(GroupCommands.NewAssignment assignment) {
        return call(() -> http.post().uri("/api/assignments").body(assignment).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(CreatedId.class)).id();
    }

    @Override
    public void issueDraft(String assignmentId, LocalDate dueDate) {
        send(new GroupCommands.IssueDraft(dueDate), "/api/assignments/{id}/issue", assignmentId);
    }

    @Override
    public void accept(String assignmentId) {
        call(() -> http.post().uri("/api/assignments/{id}/accept", assignmentId).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).toBodilessEntity());
    }

    @Override
    public void decline(String assignmentId, GroupCommands.Reason reason) {
        send(reason, "/api/assignments/{id}/decline", assignmentId);
    }

    @Override
    public void reportProgress(String assignmentId, GroupCommands.ProgressReport report) {
        send(report, "/api/assignments/{id}/progress-reports", assignmentId);
    }

    @Override
    public void deliver(String assignmentId, GroupCommands.Delivery delivery) {
        send(delivery, "/api/assignments/{id}/delivery", assignmentId);
    }

    @Override
    public void giveFeedback(String assignmentId, GroupCommands.Feedback feedback) {
        send(feedback, "/api/assignments/{id}/feedback", assignmentId);
    }

    @Override
    public void cancel(String assignmentId, GroupCommands.Reason reason) {
        send(reason, "/api/assignments/{id}/cancellation", assignmentId);
    }

    @Override
    public String raiseQuestion(String assignmentId, GroupCommands.Question question) {
        return call(() -> http.post().uri("/api/assignments/{id}/questions", assignmentId).body(question)
                .retrieve().onStatus(HttpStatusCode::isError, responses::refuse).body(RaisedQuestion.class))
                .questionId();
    }

    /** A request; group-service's 409 (the assignment or group is no longer in the state the page showed) is its own. */
    private <T> T call(Supplier<T> request) {
        try {
            return responses.call(request);
        } catch (ServiceRefusal refusal) {
            throw refusal.status() == HttpStatus.CONFLICT.value() ? new GroupStateConflict(refusal) : refusal;
        }
    }

    /** A command that answers 204 No Content: its body to the path. */
    private ResponseEntity<Void> send(Object body, String path, Object... variables) {
        return call(() -> http.post().uri(path, variables).body(body).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).toBodilessEntity());
    }
}
