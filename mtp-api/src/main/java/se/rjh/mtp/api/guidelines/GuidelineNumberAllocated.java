package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/**
 * The number series gave out its next number. Stored together with the guideline's {@link GuidelineDrafted}, so a
 * number is never given out without its guideline (gap-free).
 *
 * @param requestKey what asked for the number when it must be asked only once (case id + follow-up id), else null
 */
@Revision("1")
public record GuidelineNumberAllocated(String seriesId, long number, String documentNumber, String requestKey) {
}
