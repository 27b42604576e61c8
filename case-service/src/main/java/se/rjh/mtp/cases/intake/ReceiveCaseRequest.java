package se.rjh.mtp.cases.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.common.TextRules;

/** What a registrar fills in when a matter arrives; {@code receivedOn} left out means today. */
public record ReceiveCaseRequest(
        @NotBlank @Size(max = TextRules.LINE) String subject,
        @Size(max = TextRules.TEXT) String description,
        @NotNull CaseType caseType,
        @NotNull Channel channel,
        @NotNull @Valid SubmitterRequest submitter,
        @PastOrPresent LocalDate receivedOn) {

    public record SubmitterRequest(
            @NotBlank @Size(max = TextRules.LINE) String name,
            @Size(max = TextRules.LINE) String unit,
            @Email @Size(max = TextRules.LINE) String email) {
    }
}
