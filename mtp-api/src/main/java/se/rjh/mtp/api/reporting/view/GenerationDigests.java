package se.rjh.mtp.api.reporting.view;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** Written as a plain JSON object keyed by read model, so two sets of digests compare as JSON. */
@Schema(description = "The digest of every read model of one generation, by collection name (audit_log, streams, pipeline_cases, …). "
        + "Two generations built from the same events in any order have equal digests.")
public record GenerationDigests(Map<String, ReadModelDigest> models) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GenerationDigests {
    }

    @JsonValue
    @Override
    public Map<String, ReadModelDigest> models() {
        return models;
    }
}
