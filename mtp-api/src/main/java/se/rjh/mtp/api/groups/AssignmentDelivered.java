package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The LAG delivered its final report; the LSG gives feedback next. */
@Revision("1")
public record AssignmentDelivered(String assignmentId, String groupId, String finalReport, String deliveredBy,
                                  LocalDate deliveredOn) {
}
