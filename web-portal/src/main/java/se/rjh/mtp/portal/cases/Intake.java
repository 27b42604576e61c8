package se.rjh.mtp.portal.cases;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;

/** The body of case-service's intake command (POST /api/cases). */
public record Intake(String subject, String description, CaseType caseType, Channel channel, Submitter submitter,
                     LocalDate receivedOn) {
}
