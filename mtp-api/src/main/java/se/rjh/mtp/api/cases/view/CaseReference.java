package se.rjh.mtp.api.cases.view;


/**
 * The case a command was applied to.
 *
 * @param id The case id.
 */
public record CaseReference(
        String id) {
}
