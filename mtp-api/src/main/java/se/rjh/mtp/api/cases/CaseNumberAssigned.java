package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** A diarienummer was taken from the yearly series {@code MTP/<n>/<year>}; each number exactly once, without gaps. */
@Revision("1")
public record CaseNumberAssigned(
        String seriesId,
        int year,
        int number,
        String caseNumber,
        String caseId) {
}
