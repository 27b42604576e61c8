package se.rjh.mtp.portal.audit;

import java.time.Instant;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;

/**
 * reporting-service's audit reads and the replay, as the signed-in user (the service decides again who may: the
 * trail and the point-in-time view are the auditor's alone). Every method throws
 * {@link se.rjh.mtp.portal.cases.ServiceUnavailableException} when the service does not answer and
 * {@link se.rjh.mtp.portal.cases.ServiceRefusal} when it says no.
 */
public interface AuditGateway {

    AuditTrail trail(String caseId);

    CaseAtInstant caseAt(String caseId, Instant asOf);

    ServiceChainVerification verification();

    ReplayStatus replayStatus();

    /** Starts a replay; a refusal with 409 when one is already running. */
    ReplayStatus startReplay();

    Diarium diarium();
}
