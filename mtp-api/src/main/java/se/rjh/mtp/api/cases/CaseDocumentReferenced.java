package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A document was referenced by name, checksum and size; the document itself lives elsewhere. */
@Revision("1")
public record CaseDocumentReferenced(
        String caseId,
        String documentId,
        @ProtectedText(PREPARATION) String name,
        String checksum,
        long sizeBytes) {
}
