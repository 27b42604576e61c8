package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The answer to acknowledging a regulatory-change flag.
 *
 * @param followUpId the case follow-up that raised the flag
 * @param acknowledgedBy who acknowledged it (the caller)
 * @param acknowledgedOn the day it was acknowledged
 */
@Schema(name = "FlagAcknowledgement")
public record FlagAcknowledgement(
        String documentNumber,
        String followUpId,
        String acknowledgedBy,
        LocalDate acknowledgedOn) {
}
