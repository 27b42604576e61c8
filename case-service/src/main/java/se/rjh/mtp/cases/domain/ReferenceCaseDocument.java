package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reference a document by name, checksum and size. */
public record ReferenceCaseDocument(
        @TargetAggregateIdentifier String caseId,
        String documentId,
        String name,
        String checksum,
        long sizeBytes) {
}
