package se.rjh.mtp.portal.groups;

import static se.rjh.mtp.portal.cases.ServiceClients.GROUP_SERVICE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.api.groups.view.RaisedQuestion;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.cases.Query;
import se.rjh.mtp.portal.cases.ServiceClient;
import se.rjh.mtp.portal.cases.ServiceClients;
import se.rjh.mtp.portal.cases.ServiceGateway;

/** group-service over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestGroupGateway extends ServiceGateway implements GroupGateway {

    /** group-service's largest page of assignments; a LAG's board shows them all. */
    static final int BOARD_SIZE = 200;

    RestGroupGateway(ServiceClients clients, ObjectMapper json) {
        // group-service's 409 (the assignment or group is no longer in the state the page showed) is its own.
        super(new ServiceClient(GROUP_SERVICE, clients.relaying(GROUP_SERVICE), json, refusal ->
                refusal.status() == HttpStatus.CONFLICT.value() ? new GroupStateConflict(refusal) : refusal));
    }

    @Override
    public List<WorkingGroupView> groups() {
        return service.read(new ParameterizedTypeReference<List<WorkingGroupView>>() { }, "/api/groups");
    }

    @Override
    public WorkingGroupView group(String groupId) {
        return service.read(WorkingGroupView.class, "/api/groups/{id}", groupId);
    }

    @Override
    public void appoint(String groupId, GroupCommands.Appointment appointment) {
        send(appointment, "/api/groups/{id}/members", groupId);
    }

    @Override
    public void endMembership(String groupId, String userName) {
        service.sendNoContent(HttpMethod.DELETE, null, "/api/groups/{id}/members/{user}", groupId, userName);
    }

    @Override
    public List<AssignmentView> assignments(String groupId) {
        return service.read(new ParameterizedTypeReference<List<AssignmentView>>() { },
                Query.path("/api/assignments").param("groupId", groupId).param("size", BOARD_SIZE));
    }

    @Override
    public AssignmentView assignment(String assignmentId) {
        return service.read(AssignmentView.class, "/api/assignments/{id}", assignmentId);
    }

    @Override
    public String issue(GroupCommands.NewAssignment assignment) {
        return service.send(HttpMethod.POST, assignment, CreatedId.class, "/api/assignments").id();
    }

    @Override
    public String draft(GroupCommands.NewAssignment assignment) {
        return service.send(HttpMethod.POST, assignment, CreatedId.class, "/api/assignments/drafts").id();
    }

    @Override
    public void step(String assignmentId, GroupCommands.AssignmentStep step, Object body) {
        send(body, "/api/assignments/{id}/" + step.path(), assignmentId);
    }

    @Override
    public String raiseQuestion(String assignmentId, GroupCommands.Question question) {
        return service.send(HttpMethod.POST, question, RaisedQuestion.class, "/api/assignments/{id}/questions",
                assignmentId).questionId();
    }

    /** A command that answers 204 No Content: its body to the path. */
    private void send(Object body, String path, Object... variables) {
        service.sendNoContent(HttpMethod.POST, body, path, variables);
    }
}
