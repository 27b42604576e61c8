package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** A document was referenced by name, checksum and size; the document itself lives elsewhere. */
@Revision("1")
public record CaseDocumentReferenced(
        String caseId,
        String documentId,
        String name,
        String checksum,
        long sizeBytes) {
}
