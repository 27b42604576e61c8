package se.rjh.mtp.groups.questions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.groups.view.RaisedQuestion;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RaiseQuestion;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

/** A member of the assignment's LAG asks the LSG; the QuestionRaised event goes out on mtp.groups.events. */
@RestController
@RequestMapping("/api/assignments/{assignmentId}/questions")
@Tag(name = "Questions", description = "Questions from a LAG to the LSG (frågor från rapporteringen)")
class QuestionController {

    private final Commands commands;

    QuestionController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Raise a question to the LSG from an assignment; it becomes a case in case-service")
    @PostMapping
    @Access.LagMember
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RaisedQuestion> raise(@PathVariable String assignmentId,
                                              @Valid @RequestBody QuestionRequest request) {
        return commands.create("/api/assignments/" + assignmentId + "#question-",
                questionId -> new RaiseQuestion(assignmentId, questionId, request.subject(), request.text()),
                questionId -> new RaisedQuestion(questionId, assignmentId));
    }
}
