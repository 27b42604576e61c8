package se.rjh.mtp.api.cases.view;


/**
 * The consultation request a command was applied to.
 *
 * @param id The case id.
 * @param consultationId The consultation request's id.
 */
public record ConsultationReference(
        String id,
        String consultationId) {
}
