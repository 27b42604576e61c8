package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.guidelines.RegulationFramework;

/** A regulation a guideline cites, with its usual written form. */
@Schema(name = "RegulationReferenceView", description = "A regulation a guideline cites")
public record RegulationReferenceView(
        RegulationFramework framework,
        @Schema(description = "article, chapter or free text, as for the framework") String provision,
        @Schema(description = "the usual written form, e.g. MDR Art. 5(5)") String label) {
}
