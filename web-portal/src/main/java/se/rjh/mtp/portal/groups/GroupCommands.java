package se.rjh.mtp.portal.groups;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.ProgressStatus;

/**
 * The bodies of group-service's commands, each as its controller declares it (group-service's OpenAPI document:
 * {@code WorkingGroupRequests}, {@code AssignmentRequests}, {@code QuestionRequest}); the portal sends them as they are.
 */
public final class GroupCommands {

    private GroupCommands() {
    }

    /** POST /api/groups/{groupId}/members; {@code from} null means today. */
    public record Appointment(String userName, String name, MemberRole role, String unit, LocalDate from) {
    }

    /** POST /api/assignments */
    public record NewAssignment(String groupId, String title, String description, List<String> deliverables,
                                LocalDate dueDate, String caseId) {
    }

    /** POST /api/assignments/{id}/issue */
    public record IssueDraft(LocalDate dueDate) {
    }

    /** POST /api/assignments/{id}/decline and /cancellation */
    public record Reason(String reason) {
    }

    /** POST /api/assignments/{id}/progress-reports */
    public record ProgressReport(ProgressStatus status, String text) {
    }

    /** POST /api/assignments/{id}/delivery */
    public record Delivery(String finalReport) {
    }

    /** POST /api/assignments/{id}/feedback */
    public record Feedback(FeedbackOutcome outcome, String feedback) {
    }

    /** POST /api/assignments/{assignmentId}/questions */
    public record Question(String subject, String text) {
    }

    /**
     * An assignment's steps that answer 204 No Content: each is a POST of its body (none for ACCEPT) to
     * /api/assignments/{id}/&lt;path&gt;, so one gateway method sends them all.
     */
    public enum AssignmentStep {
        /** body: {@link IssueDraft} */
        ISSUE("issue"),
        /** no body */
        ACCEPT("accept"),
        /** body: {@link Reason} */
        DECLINE("decline"),
        /** body: {@link ProgressReport} */
        PROGRESS("progress-reports"),
        /** body: {@link Delivery} */
        DELIVER("delivery"),
        /** body: {@link Feedback} */
        FEEDBACK("feedback"),
        /** body: {@link Reason} */
        CANCEL("cancellation");

        private final String path;

        AssignmentStep(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
