package se.rjh.mtp.portal.reporting;

import se.rjh.mtp.api.reporting.view.Worklist;

/** reporting-service's work list (bevakning) of the signed-in user, overdue items first as the service orders it. */
public interface WorklistGateway {

    /** @throws se.rjh.mtp.portal.cases.ServiceUnavailableException when reporting-service does not answer */
    Worklist worklist();
}
