package se.rjh.mtp.api.cases.view;

import se.rjh.mtp.api.cases.CaseStep;

/**
 * A consultation request sent, and the step the case is in now.
 *
 * @param consultationId The new request's id.
 * @param step The case's step: IN_CONSULTATION.
 */
public record ConsultationCreated(
        String consultationId,
        CaseStep step) {
}
