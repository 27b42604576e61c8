package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One registered case in the public-records register. For a secrecy-marked case, sender and subject read "[Skyddat]"
 * unless the reader may read protected text.
 *
 * @param receivedOn Date received (ISO date)
 */
public record DiariumEntry(
        String caseNumber,
        String receivedOn,
        @Schema(nullable = true) String sender,
        @Schema(nullable = true) String subject,
        boolean secrecyMarked) {
}
