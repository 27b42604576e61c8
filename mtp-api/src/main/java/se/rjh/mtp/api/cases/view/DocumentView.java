package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import se.rjh.mtp.api.common.ProtectedText;

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
        @ProtectedText(PREPARATION) String name,
        String checksum,
        long sizeBytes,
        String referencedBy) {
}
