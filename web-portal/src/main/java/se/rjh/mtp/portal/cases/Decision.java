package se.rjh.mtp.portal.cases;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;

/**
 * The body of case-service's decision command (POST /api/cases/{id}/decision); the date is today when left out, and
 * each follow-up's id is given by the service.
 */
public record Decision(String decision, DecisionBody decidedBy, LocalDate decidedOn, List<FollowUp> followUps) {
}
