package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.guidelines.RegulationFramework;

/**
 * A regulation a guideline cites, with its usual written form.
 *
 * @param provision article, chapter or free text, as for the framework
 * @param label the usual written form, e.g. MDR Art. 5(5)
 */
@Schema(name = "RegulationReferenceView")
public record RegulationReferenceView(
        RegulationFramework framework,
        String provision,
        String label) {
}
