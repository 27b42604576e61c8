package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The LAG reported progress (rapportering); the first report starts the work (IN_PROGRESS). */
@Revision("1")
public record ProgressReported(String assignmentId, String groupId, ProgressStatus status, String text,
                               String reportedBy, LocalDate reportedOn) {
}
