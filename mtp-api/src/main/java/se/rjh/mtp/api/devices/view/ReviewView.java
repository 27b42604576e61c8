package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.devices.ReviewFindings;

/**
 * A recorded review of the experience from clinical use.
 *
 * @param reviewId the review's id
 * @param findings what the review found and concluded
 * @param correctiveActions the actions decided, with their completion
 */
@Schema(name = "InHouseDeviceReview")
public record ReviewView(
        String reviewId,
        ReviewFindings findings,
        LocalDate reviewedOn,
        String reviewedBy,
        List<CorrectiveActionView> correctiveActions) {

    /**
     * A corrective action and whether it is done.
     *
     * @param owner who is to carry it out
     * @param completedOn when it was completed; null while open
     */
    @Schema(name = "InHouseDeviceCorrectiveAction")
    public record CorrectiveActionView(
            String actionId,
            String description,
            String owner,
            LocalDate dueDate,
            boolean completed,
            LocalDate completedOn,
            String completionNote,
            String completedBy) {
    }
}
