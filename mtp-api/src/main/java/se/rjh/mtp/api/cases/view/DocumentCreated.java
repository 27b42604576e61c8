package se.rjh.mtp.api.cases.view;


/**
 * A document referenced from a case.
 *
 * @param documentId The new document reference's id.
 */
public record DocumentCreated(
        String documentId) {
}
