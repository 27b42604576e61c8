package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The register's configured rules (group-service {@code mtp.register.*}), so a form can show them.
 *
 * @param ivoRequiredContent what the information to IVO must hold, one item each
 * @param ivoDeadline how long after the case's decision the information to IVO is due (ISO-8601 period)
 * @param reviewInterval the default review interval (ISO-8601 period)
 * @param earlyReviewPeriod how soon after a linked incident the review is due (ISO-8601 period; P0D: at once)
 * @param marketSearchInterval the default interval between market searches (ISO-8601 period)
 * @param mdGsprRequirements the Annex I sections an MD's checklist must answer
 * @param ivdGsprRequirements the Annex I sections an IVD's checklist must answer
 */
@Schema(name = "InHouseRegisterRules")
public record RegisterRules(
        List<String> ivoRequiredContent,
        String ivoDeadline,
        String reviewInterval,
        String earlyReviewPeriod,
        String marketSearchInterval,
        List<String> mdGsprRequirements,
        List<String> ivdGsprRequirements) {
}
