package se.rjh.mtp.groups.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.AcceptAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.CancelAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeclineAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeliverAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftWrittenAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.GiveFeedback;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueDraftedAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.ReportProgress;
import se.rjh.mtp.groups.assignment.projection.AssignmentQueries;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.DeliveryRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.FeedbackRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.IssueAssignmentRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.IssueDraftRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.ProgressReportRequest;
import se.rjh.mtp.groups.assignment.web.AssignmentRequests.ReasonRequest;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.CommandPost;
import se.rjh.mtp.platform.web.Commands;

/**
 * The chair's actions need LSG_CHAIR; the LAG's need LAG_MEMBER and, checked by the aggregate, membership of THAT LAG
 * (refused with 403 like a missing role).
 */
@RestController
@RequestMapping("/api/assignments")
@Tag(name = "Assignments", description = "Written assignments (skriftliga uppdrag) from the LSG to its LAGs")
class AssignmentController {

    private final Commands commands;
    private final AssignmentQueries queries;

    AssignmentController(Commands commands, AssignmentQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Assignments, optionally of one group and/or in one status, newest first, one page at a time")
    @GetMapping
    @Access.SignedIn
    List<AssignmentView> list(@RequestParam(required = false) String groupId,
                              @RequestParam(required = false) AssignmentStatus status,
                              @Parameter(description = "page number, from 0")
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @Parameter(description = "assignments per page")
                              @RequestParam(defaultValue = "100") @Min(1) @Max(200) int size) {
        return queries.list(groupId, status, page, size);
    }

    @Operation(summary = "One assignment with its reports, feedback, questions and the decisions on them")
    @GetMapping("/{id}")
    @Access.SignedIn
    AssignmentView get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("Assignment", id));
    }

    @Operation(summary = "Issue a written assignment to a LAG")
    @PostMapping
    @Access.Chair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> issue(@Valid @RequestBody IssueAssignmentRequest request) {
        return commands.create("/api/assignments/", id -> new IssueAssignment(id, request.groupId(), request.title(),
                request.description(), request.deliverables(), request.dueDate(), request.caseId(), commands.today()),
                CreatedId::new);
    }

    @Operation(summary = "Write an assignment to a LAG and keep it as a draft, to issue later")
    @PostMapping("/drafts")
    @Access.Chair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> draft(@Valid @RequestBody IssueAssignmentRequest request) {
        return commands.create("/api/assignments/", id -> new DraftWrittenAssignment(id, request.groupId(),
                request.title(), request.description(), request.deliverables(), request.dueDate(), request.caseId(),
                commands.today()), CreatedId::new);
    }

    @Operation(summary = "Issue a draft (the chair's or a case decision's); the body may set the due date")
    @CommandPost("/{id}/issue")
    @Access.Chair
    void issueDraft(@PathVariable String id, @Valid @RequestBody(required = false) IssueDraftRequest request) {
        commands.sendAndWait(new IssueDraftedAssignment(id, request == null ? null : request.dueDate(), commands.today()));
    }

    @Operation(summary = "The LAG accepts the assignment")
    @CommandPost("/{id}/accept")
    @Access.LagMember
    void accept(@PathVariable String id) {
        commands.sendAndWait(new AcceptAssignment(id, commands.today()));
    }

    @Operation(summary = "The LAG declines the assignment, with a reason")
    @CommandPost("/{id}/decline")
    @Access.LagMember
    void decline(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new DeclineAssignment(id, request.reason(), commands.today()));
    }

    @Operation(summary = "The LAG reports progress (GREEN, YELLOW, RED); the first report starts the work")
    @CommandPost("/{id}/progress-reports")
    @Access.LagMember
    void reportProgress(@PathVariable String id, @Valid @RequestBody ProgressReportRequest request) {
        commands.sendAndWait(new ReportProgress(id, request.status(), request.text(), commands.today()));
    }

    @Operation(summary = "The LAG delivers its final report")
    @CommandPost("/{id}/delivery")
    @Access.LagMember
    void deliver(@PathVariable String id, @Valid @RequestBody DeliveryRequest request) {
        commands.sendAndWait(new DeliverAssignment(id, request.finalReport(), commands.today()));
    }

    @Operation(summary = "The LSG gives feedback: COMPLETED, or REVISION_REQUESTED (back to IN_PROGRESS)")
    @CommandPost("/{id}/feedback")
    @Access.Chair
    void feedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest request) {
        commands.sendAndWait(new GiveFeedback(id, request.outcome(), request.feedback(), commands.today()));
    }

    @Operation(summary = "The LSG cancels the assignment, with a reason")
    @CommandPost("/{id}/cancellation")
    @Access.Chair
    void cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new CancelAssignment(id, request.reason(), commands.today()));
    }

}
