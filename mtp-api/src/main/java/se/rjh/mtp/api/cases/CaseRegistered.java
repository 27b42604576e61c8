package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The case was registered (registrering), step REGISTERED: diarienummer, classification, the device where it applies and an optional secrecy marking. */
@Revision("1")
public record CaseRegistered(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String classification,
        Device device,
        SecrecyMarking secrecy,
        LocalDate receivedOn,
        LocalDate registeredOn) {
}
