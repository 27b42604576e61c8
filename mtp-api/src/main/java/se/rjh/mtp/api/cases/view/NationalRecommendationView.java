package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.NationalRecommendation;

/** The national recommendation, or that there is none (introduction and MTP-rådet cases). */
@Schema(description = "The national recommendation, or that there is none (introduction and MTP-rådet cases).")
public record NationalRecommendationView(
        @Schema(description = "BOR, KAN, AVSTA or AVVAKTA; null: there is none.") NationalRecommendation recommendation,
        @Schema(description = "Where the recommendation is published.") String reference,
        @Schema(description = "When it was issued.") LocalDate issuedOn) {
}
