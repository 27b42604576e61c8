package se.rjh.mtp.api.cases.view;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.NationalRecommendation;

/**
 * The national recommendation, or that there is none (introduction and MTP-rådet cases).
 *
 * @param recommendation BOR, KAN, AVSTA or AVVAKTA; null: there is none.
 * @param reference Where the recommendation is published.
 * @param issuedOn When it was issued.
 */
public record NationalRecommendationView(
        NationalRecommendation recommendation,
        String reference,
        LocalDate issuedOn) {
}
