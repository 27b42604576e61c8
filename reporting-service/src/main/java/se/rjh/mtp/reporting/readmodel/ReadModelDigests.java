package se.rjh.mtp.reporting.readmodel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.reporting.view.GenerationDigests;
import se.rjh.mtp.api.reporting.view.ReadModelDigest;

/**
 * SHA-256 over a canonical dump of each read model: its documents sorted by {@code _id}, one extended-JSON line
 * each. Two generations built from the same events in any order give the same digests.
 */
@Component
public class ReadModelDigests {

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();

    private final Generations generations;
    private final ReadModelWriter writer;

    public ReadModelDigests(Generations generations, ReadModelWriter writer) {
        this.generations = generations;
        this.writer = writer;
    }

    public GenerationDigests ofActive() {
        return of(generations.active());
    }

    public GenerationDigests of(int generation) {
        Map<String, ReadModelDigest> digests = new LinkedHashMap<>();
        for (String model : writer.models()) {
            List<Document> docs = generations.of(model, generation).find().into(new ArrayList<>());
            docs.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
            MessageDigest sha = sha256();
            for (Document doc : docs) {
                sha.update(doc.toJson(CANONICAL).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            digests.put(model, new ReadModelDigest(docs.size(), HexFormat.of().formatHex(sha.digest())));
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
