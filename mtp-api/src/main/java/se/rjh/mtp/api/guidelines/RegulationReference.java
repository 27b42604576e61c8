package se.rjh.mtp.api.guidelines;

/**
 * A regulation a guideline cites.
 *
 * @param framework MDR, IVDR, HSLF-FS 2021:52 or OTHER
 * @param provision the article for MDR/IVDR (e.g. {@code 5(5)}), the chapter for HSLF-FS 2021:52 (e.g. {@code 5}),
 *                  or the free text for OTHER
 */
public record RegulationReference(RegulationFramework framework, String provision) {
}
