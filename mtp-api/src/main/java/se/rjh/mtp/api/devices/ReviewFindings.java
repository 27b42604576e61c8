package se.rjh.mtp.api.devices;

import java.time.LocalDate;

/**
 * What a review of the experience from clinical use (Art. 5(5)(h) MDR, (i) IVDR) found and concluded.
 *
 * @param periodFrom the start of the period reviewed (the release or the previous review)
 * @param periodTo the end of the period reviewed
 * @param clinicalExperience the experience from clinical use
 * @param incidents incidents in the period, as the reviewers summarise them
 * @param complaints complaints in the period
 * @param equivalentDeviceAvailable the market-search result: an equivalent CE-marked device now exists; it must be
 *                                  answered (null is refused, never read as "no")
 * @param marketSearchNote how the market was searched and what was found
 * @param conclusion continue, change or withdraw (withdraw waits for the chair)
 */
public record ReviewFindings(
        LocalDate periodFrom,
        LocalDate periodTo,
        String clinicalExperience,
        String incidents,
        String complaints,
        Boolean equivalentDeviceAvailable,
        String marketSearchNote,
        ReviewConclusion conclusion) {
}
