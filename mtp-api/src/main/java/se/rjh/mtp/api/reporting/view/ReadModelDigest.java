package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "SHA-256 over a canonical dump of one read model, and its number of documents")
public record ReadModelDigest(int documents, String sha256) {
}
