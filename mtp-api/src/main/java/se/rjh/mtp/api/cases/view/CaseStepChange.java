package se.rjh.mtp.api.cases.view;

import se.rjh.mtp.api.cases.CaseStep;

/**
 * The step a case is in after a command.
 *
 * @param id The case id.
 * @param step The step the case is in now.
 */
public record CaseStepChange(
        String id,
        CaseStep step) {
}
