package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One registered case in the public-records register. For a secrecy-marked case, sender and "
        + "subject read \"[Skyddat]\" unless the reader may read protected text.")
public record DiariumEntry(
        String caseNumber,
        @Schema(description = "Date received (ISO date)") String receivedOn,
        @Schema(nullable = true) String sender,
        @Schema(nullable = true) String subject,
        boolean secrecyMarked) {
}
