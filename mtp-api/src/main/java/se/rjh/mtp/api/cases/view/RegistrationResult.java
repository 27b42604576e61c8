package se.rjh.mtp.api.cases.view;


/**
 * A registered case's diarienummer.
 *
 * @param caseNumber The diarienummer, MTP/<n>/<year>.
 */
public record RegistrationResult(
        String caseNumber) {
}
