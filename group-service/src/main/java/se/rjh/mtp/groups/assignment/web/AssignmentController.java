package se.rjh.mtp.groups.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.groups.assignment.projection.AssignmentProjection;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.DeliveryRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.FeedbackRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.IssueAssignmentRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.IssueDraftRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.ProgressReportRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.ReasonRequest;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.AcceptAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.CancelAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeclineAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeliverAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.GiveFeedback;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueDraftedAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.ReportProgress;

/** The chair's actions need LSG_CHAIR; the LAG's need LAG_MEMBER and, checked by the aggregate, membership of THAT LAG. */
@RestController
@RequestMapping("/api/assignments")
@Tag(name = "Assignments", description = "Written assignments (skriftliga uppdrag) from the LSG to its LAGs")
class AssignmentController {

    private static final String CHAIR = "hasRole('LSG_CHAIR')";
    private static final String LAG_MEMBER = "hasRole('LAG_MEMBER')";

    private final AssignmentCommandGateway commands;
    private final AssignmentProjection projection;
    private final Clock clock;

    AssignmentController(AssignmentCommandGateway commands, AssignmentProjection projection, Clock clock) {
        this.commands = commands;
        this.projection = projection;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Assignments, optionally of one group and/or in one status")
    List<Document> list(@RequestParam(required = false) String groupId, @RequestParam(required = false) String status) {
        return projection.documents().all().stream()
                .filter(d -> groupId == null || groupId.equals(d.getString("groupId")))
                .filter(d -> status == null || status.equals(d.getString("status")))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One assignment with its reports, feedback, questions and the decisions on them")
    Document get(@PathVariable String id) {
        return projection.documents().find(id).orElseThrow(() -> new NotFoundException("Assignment", id));
    }

    @PostMapping
    @PreAuthorize(CHAIR)
    @Operation(summary = "Issue a written assignment to a LAG")
    ResponseEntity<Map<String, String>> issue(@Valid @RequestBody IssueAssignmentRequest request) {
        String id = UUID.randomUUID().toString();
        commands.send(new IssueAssignment(id, request.groupId(), request.title(), request.description(),
                request.deliverables(), request.dueDate(), request.caseId(), today()));
        return ResponseEntity.created(URI.create("/api/assignments/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize(CHAIR)
    @Operation(summary = "Issue an assignment drafted from a case decision; the body may set the due date")
    ResponseEntity<Void> issueDraft(@PathVariable String id, @Valid @RequestBody(required = false) IssueDraftRequest request) {
        commands.send(new IssueDraftedAssignment(id, request == null ? null : request.dueDate(), today()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(LAG_MEMBER)
    @Operation(summary = "The LAG accepts the assignment")
    ResponseEntity<Void> accept(@PathVariable String id) {
        commands.send(new AcceptAssignment(id, today()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize(LAG_MEMBER)
    @Operation(summary = "The LAG declines the assignment, with a reason")
    ResponseEntity<Void> decline(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        commands.send(new DeclineAssignment(id, request.reason(), today()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/progress-reports")
    @PreAuthorize(LAG_MEMBER)
    @Operation(summary = "The LAG reports progress (GREEN, YELLOW, RED); the first report starts the work")
    ResponseEntity<Void> reportProgress(@PathVariable String id, @Valid @RequestBody ProgressReportRequest request) {
        commands.send(new ReportProgress(id, request.status(), request.text(), today()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/delivery")
    @PreAuthorize(LAG_MEMBER)
    @Operation(summary = "The LAG delivers its final report")
    ResponseEntity<Void> deliver(@PathVariable String id, @Valid @RequestBody DeliveryRequest request) {
        commands.send(new DeliverAssignment(id, request.finalReport(), today()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/feedback")
    @PreAuthorize(CHAIR)
    @Operation(summary = "The LSG gives feedback: COMPLETED, or REVISION_REQUESTED (back to IN_PROGRESS)")
    ResponseEntity<Void> feedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest request) {
        commands.send(new GiveFeedback(id, request.outcome(), request.feedback(), today()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize(CHAIR)
    @Operation(summary = "The LSG cancels the assignment, with a reason")
    ResponseEntity<Void> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        commands.send(new CancelAssignment(id, request.reason(), today()));
        return ResponseEntity.noContent().build();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
