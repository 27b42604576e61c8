package se.rjh.mtp.portal.cases;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.DecisionBody;

/** The body of case-service's decision command (POST /api/cases/{id}/decision); the date is today when left out. */
public record Decision(String decision, DecisionBody decidedBy, LocalDate decidedOn) {
}
