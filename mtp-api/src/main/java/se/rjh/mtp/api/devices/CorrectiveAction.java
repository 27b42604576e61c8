package se.rjh.mtp.api.devices;

import java.time.LocalDate;

/** A corrective action a review decided, tracked until {@link CorrectiveActionCompleted}. */
public record CorrectiveAction(String actionId, String description, String owner, LocalDate dueDate) {
}
