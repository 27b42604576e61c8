package se.rjh.mtp.cases.decision;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.FollowUpReport;
import se.rjh.mtp.api.common.DomainException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.cases.domain.ReportFollowUpOutcome;

/**
 * Records on the case what group-service and guideline-service report about the follow-ups they carry out, read from
 * their topics. The aggregate records each follow-up's outcome once, so a redelivered report changes nothing. A report
 * a rule refuses (a case or follow-up this service does not know) would be refused on every retry: it is logged and
 * passed over; anything else (the store, a timeout) is thrown so the processor retries.
 */
@Component
@ProcessingGroup(FollowUpReports.GROUP)
record FollowUpReports(CommandGateway commands) {

    static final String GROUP = "follow-up-reports";
    private static final Logger log = LoggerFactory.getLogger(FollowUpReports.class);

    @EventHandler
    void on(FollowUpReport report) {
        ReportFollowUpOutcome command = new ReportFollowUpOutcome(report.caseId(), report.followUpId(),
                report.outcome(), report.reason(), report.reportedOn());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .withMetaData(MetaData.with(MetadataKeys.ACTOR, MetadataKeys.systemActor("case-service"))));
        } catch (CommandExecutionException e) {
            skipIfRefused(e.getCause() instanceof RuntimeException cause ? cause : e, report);
        } catch (AggregateNotFoundException | DomainException e) {
            skipIfRefused(e, report);
        }
    }

    private static void skipIfRefused(RuntimeException e, FollowUpReport report) {
        if (e instanceof AggregateNotFoundException || e instanceof DomainException) {
            log.warn("Follow-up {} of case {} not recorded: {}", report.followUpId(), report.caseId(), e.getMessage());
            return;
        }
        throw e;
    }
}
