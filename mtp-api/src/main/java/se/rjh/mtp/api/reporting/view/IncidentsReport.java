package se.rjh.mtp.api.reporting.view;


/**
 * The incidents dashboard: incident follow-up cases and to whom each was reported (HSLF-FS 2021:52)
 *
 * @param total Number of incident follow-up cases
 * @param lexMariaAssessed Cases where a Lex Maria assessment is recorded
 */
public record IncidentsReport(
        int total,
        long reportedToManufacturer,
        long reportedToMedicalProductsAgency,
        long reportedToIvo,
        long lexMariaAssessed) {
}
