package se.rjh.mtp.api.cases.view;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A registered case's diarienummer, and when it was marked secret what the marking cannot undo.
 *
 * @param caseNumber The diarienummer, MTP/<n>/<year>.
 * @param warning Only when registered with a secrecy marking, in Swedish: the text received before stays in clear on
 *               the event topics (as for PUT /api/cases/{id}/secrecy).
 */
public record RegistrationResult(
        String caseNumber,
        @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {

    public RegistrationResult(String caseNumber) {
        this(caseNumber, null);
    }

    /** The result of registering, with the warning when the case was marked at registration. */
    public static RegistrationResult of(String caseNumber, boolean marked) {
        return new RegistrationResult(caseNumber, marked ? SecrecyMarkingResult.EARLIER_TEXT_WARNING : null);
    }
}
