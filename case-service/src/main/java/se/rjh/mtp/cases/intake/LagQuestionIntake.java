package se.rjh.mtp.cases.intake;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.cases.domain.OpenCaseFromQuestion;

/**
 * A LAG's question (from group-service, over Kafka) becomes a case in RECEIVED, channel LAG. Kafka delivers at least
 * once, so the case id is derived from the question id and the aggregate ignores a question it already has.
 */
@Component
@ProcessingGroup(LagQuestionIntake.GROUP)
record LagQuestionIntake(CommandGateway commands, Clock clock) {

    static final String GROUP = "lag-questions";
    private static final Logger log = LoggerFactory.getLogger(LagQuestionIntake.class);

    @EventHandler
    void on(QuestionRaised event) {
        if (event.questionId() == null) {
            log.warn("QuestionRaised without questionId ignored");
            return;
        }
        OpenCaseFromQuestion command = new OpenCaseFromQuestion(QuestionCases.caseIdFor(event.questionId()), event,
                LocalDate.now(clock));
        try {
            // This service opens the case in response; the LAG member who asked is recorded as its submitter.
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .withMetaData(MetaData.with(MetadataKeys.ACTOR, MetadataKeys.systemActor("case-service"))));
        } catch (InvalidInputException e) {
            // Never retried: the same text would be refused again. Logged without the text, which may hold the number.
            log.warn("Question {} not opened as a case: field {} {}", event.questionId(), e.field(), e.getMessage());
        }
    }
}
