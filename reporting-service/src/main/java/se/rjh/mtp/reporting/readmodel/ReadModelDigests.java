package se.rjh.mtp.reporting.readmodel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.RawBsonDocument;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.reporting.view.GenerationDigests;
import se.rjh.mtp.api.reporting.view.ReadModelDigest;

/**
 * SHA-256 over a canonical dump of each read model: the SHA-256 of each document's BSON (types and field order
 * included, as stored), in {@code _id} order. Two generations built from the same events in any order give the same
 * digests. Documents are read in batches as raw BSON and only their hashes kept, so a large audit log neither
 * overflows one reply nor the heap, and nothing is decoded or printed to be hashed.
 */
@Component
public record ReadModelDigests(Generations generations, ReadModelWriter writer) {

    private static final int BATCH = 500;

    public GenerationDigests ofActive() {
        return of(generations.active());
    }

    public GenerationDigests of(int generation) {
        Map<String, ReadModelDigest> digests = new LinkedHashMap<>();
        for (String model : writer.models()) {
            List<Map.Entry<String, byte[]>> lines = new ArrayList<>();
            for (RawBsonDocument doc : generations.of(model, generation).withDocumentClass(RawBsonDocument.class)
                    .find().batchSize(BATCH)) {
                MessageDigest line = sha256();
                line.update(doc.getByteBuffer().asNIO());
                lines.add(Map.entry(String.valueOf(doc.get("_id")), line.digest()));
            }
            lines.sort(Map.Entry.comparingByKey());
            MessageDigest sha = sha256();
            lines.forEach(line -> sha.update(line.getValue()));
            digests.put(model, new ReadModelDigest(lines.size(), HexFormat.of().formatHex(sha.digest())));
        }
        return new GenerationDigests(Collections.unmodifiableMap(digests));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }
}
