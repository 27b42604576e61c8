package se.rjh.mtp.portal.dashboard;

import se.rjh.mtp.api.reporting.view.DashboardReport;

/** reporting-service's dashboard figures (anyone signed in may read them: figures only, no personal data). */
public interface DashboardGateway {

    /** @throws se.rjh.mtp.portal.cases.ServiceUnavailableException when reporting-service does not answer */
    DashboardReport dashboard();
}
