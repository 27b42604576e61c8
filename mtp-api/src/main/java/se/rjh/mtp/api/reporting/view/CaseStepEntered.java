package se.rjh.mtp.api.reporting.view;

import se.rjh.mtp.api.cases.CaseStep;

/**
 * A step the case entered
 *
 * @param at When, in epoch milliseconds
 */
public record CaseStepEntered(
        CaseStep step,
        long at) {
}
