package se.rjh.mtp.api.cases;

/** How a matter reached the LSG (ärendemottagning). */
public enum Channel {
    EMAIL,
    FORM,
    LAG,
    INCIDENT_REPORT,
    NATIONAL_OR_REGIONAL_ASSIGNMENT,
    MTP_COUNCIL
}
