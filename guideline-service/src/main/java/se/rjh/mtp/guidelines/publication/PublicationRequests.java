package se.rjh.mtp.guidelines.publication;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.rjh.mtp.api.common.TextRules;

/** Request bodies of publication and retirement (public: the platform's PII check reads them reflectively). */
public final class PublicationRequests {

    private PublicationRequests() {
    }

    /**
     * @param validFrom valid from; default today
     */
    @Schema(name = "PublishRequest")
    public record PublishRequest(
            LocalDate validFrom) {
    }

    @Schema(name = "RetireRequest")
    public record RetireRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }
}
