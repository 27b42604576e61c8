package se.rjh.mtp.api.cases.view;


/**
 * A document referenced by name, checksum and size.
 *
 * @param documentId The reference's id.
 * @param name The document's name.
 * @param checksum The document's checksum.
 * @param sizeBytes The document's size in bytes.
 * @param referencedBy Who referenced it.
 */
public record DocumentView(
        String documentId,
        String name,
        String checksum,
        long sizeBytes,
        String referencedBy) {
}
