package se.rjh.mtp.api.reporting.view;


/**
 * SHA-256 over a canonical dump of one read model, and its number of documents
 */
public record ReadModelDigest(
        int documents,
        String sha256) {
}
