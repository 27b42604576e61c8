package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The LSG gave feedback on the delivered work. */
@Revision("1")
public record AssignmentFeedbackGiven(String assignmentId, String groupId, FeedbackOutcome outcome, String feedback,
                                      String givenBy, LocalDate givenOn) {
}
