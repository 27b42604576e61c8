package se.rjh.mtp.portal.groups;

import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.ProgressStatus;

/**
 * The forms of the group and assignment pages. The limits are group-service's ({@code TextRules}), so most bad input
 * is caught before the call; what group-service still refuses comes back at its field. Error texts are message keys.
 */
public final class GroupForms {

    private GroupForms() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The chair appoints a member, or gives a member another role. */
    public static class AppointForm {
        @NotBlank(message = "{groups.error.userName}")
        @Size(max = CODE, message = "{groups.error.tooLong}")
        private String userName;
        @NotBlank(message = "{groups.error.name}")
        @Size(max = LINE, message = "{groups.error.tooLong}")
        private String name;
        @NotNull(message = "{groups.error.role}")
        private MemberRole role;
        @Size(max = LINE, message = "{groups.error.tooLong}")
        private String unit;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;

        GroupCommands.Appointment toAppointment() {
            return new GroupCommands.Appointment(userName.strip(), name.strip(), role, blankToNull(unit), from);
        }

        public String getUserName() { return userName; }
        public void setUserName(String userName) { this.userName = userName; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public MemberRole getRole() { return role; }
        public void setRole(MemberRole role) { this.role = role; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
    }

    /** The chair writes an assignment to a LAG; it is issued after the check page. */
    public static class AssignmentForm {
        @NotBlank(message = "{groups.error.title}")
        @Size(max = LINE, message = "{groups.error.tooLong}")
        private String title;
        @NotBlank(message = "{groups.error.description}")
        @Size(max = TEXT, message = "{groups.error.tooLong}")
        private String description;
        /** One deliverable a line. */
        @NotBlank(message = "{groups.error.deliverables}")
        @Size(max = TEXT, message = "{groups.error.tooLong}")
        private String deliverables;
        @NotNull(message = "{groups.error.dueDate}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        public List<String> deliverableLines() {
            return deliverables == null ? List.of()
                    : Arrays.stream(deliverables.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        GroupCommands.NewAssignment toAssignment(String groupId) {
            return new GroupCommands.NewAssignment(groupId, title.strip(), description.strip(), deliverableLines(),
                    dueDate, null);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getDeliverables() { return deliverables; }
        public void setDeliverables(String deliverables) { this.deliverables = deliverables; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    }

    /** Issuing a drafted assignment: the draft's due date, or another. */
    public static class IssueForm {
        @NotNull(message = "{groups.error.dueDate}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    }

    /** Declining or cancelling an assignment. */
    public static class ReasonForm {
        @NotBlank(message = "{groups.error.reason}")
        @Size(max = PARAGRAPH, message = "{groups.error.tooLong}")
        private String reason;

        GroupCommands.Reason toReason() {
            return new GroupCommands.Reason(reason.strip());
        }

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A progress report: the signal and what stands behind it. */
    public static class ProgressForm {
        @NotNull(message = "{groups.error.status}")
        private ProgressStatus status;
        @NotBlank(message = "{groups.error.text}")
        @Size(max = TEXT, message = "{groups.error.tooLong}")
        private String text;

        GroupCommands.ProgressReport toReport() {
            return new GroupCommands.ProgressReport(status, text.strip());
        }

        public ProgressStatus getStatus() { return status; }
        public void setStatus(ProgressStatus status) { this.status = status; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** The LAG's final report. */
    public static class DeliveryForm {
        @NotBlank(message = "{groups.error.finalReport}")
        @Size(max = TEXT, message = "{groups.error.tooLong}")
        private String finalReport;

        GroupCommands.Delivery toDelivery() {
            return new GroupCommands.Delivery(finalReport.strip());
        }

        public String getFinalReport() { return finalReport; }
        public void setFinalReport(String finalReport) { this.finalReport = finalReport; }
    }

    /** The chair's feedback on a delivery: completed, or to be revised. */
    public static class FeedbackForm {
        @NotNull(message = "{groups.error.outcome}")
        private FeedbackOutcome outcome;
        @NotBlank(message = "{groups.error.feedback}")
        @Size(max = TEXT, message = "{groups.error.tooLong}")
        private String feedback;

        GroupCommands.Feedback toFeedback() {
            return new GroupCommands.Feedback(outcome, feedback.strip());
        }

        public FeedbackOutcome getOutcome() { return outcome; }
        public void setOutcome(FeedbackOutcome outcome) { this.outcome = outcome; }
        public String getFeedback() { return feedback; }
        public void setFeedback(String feedback) { this.feedback = feedback; }
    }

    /** A LAG member's question to the LSG; it becomes a case. */
    public static class QuestionForm {
        @NotBlank(message = "{groups.error.subject}")
        @Size(max = LINE, message = "{groups.error.tooLong}")
        private String subject;
        @NotBlank(message = "{groups.error.questionText}")
        @Size(max = TEXT, message = "{groups.error.tooLong}")
        private String text;

        GroupCommands.Question toQuestion() {
            return new GroupCommands.Question(subject.strip(), text.strip());
        }

        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }
}
