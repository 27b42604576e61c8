package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to raising a question; case-service opens a case for it from the event.
 */
@Schema(name = "RaisedQuestion")
public record RaisedQuestion(
        String questionId,
        String assignmentId) {
}
