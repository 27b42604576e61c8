package se.rjh.mtp.api.reporting.view;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * Written as a plain JSON object keyed by read model, so two sets of digests compare as JSON.
 */
public record GenerationDigests(
        Map<String, ReadModelDigest> models) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GenerationDigests {
    }

    @JsonValue
    @Override
    public Map<String, ReadModelDigest> models() {
        return models;
    }
}
