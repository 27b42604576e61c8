package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One place where a hash chain does not hold")
public record ChainBreak(String aggregateId, long sequence, String eventId, Kind kind, String detail) {

    @Schema(description = "CHANGED: content or its readable copy no longer matches the hash; REMOVED: a sequence gap; "
            + "REORDERED: prevHash is not the predecessor's hash, or a sequence appears twice")
    public enum Kind { CHANGED, REMOVED, REORDERED }
}
