package se.rjh.mtp.cases.registration;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.cases.domain.AssignCaseNumber;
import se.rjh.mtp.cases.domain.Case;
import se.rjh.mtp.cases.domain.CaseNumberSeries;
import se.rjh.mtp.cases.domain.RegisterCase;

/**
 * Registration touches two aggregates: the case and its year's number series. Both are loaded here through their
 * repositories in the one unit of work of this command, so their events are appended in one call and stored
 * together or not at all: no number without its case, no registered case without its number.
 */
@Component
public record CaseRegistrationHandler(Repository<Case> cases, Repository<CaseNumberSeries> series) {

    /** Returns the diarienummer. */
    @CommandHandler
    public String handle(RegisterCase command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Aggregate<Case> theCase = cases.load(TextRules.identifier("caseId", command.caseId()));
        // Refuse before taking a number, so a refused registration leaves the series untouched.
        theCase.execute(c -> c.checkRegistrable(command));
        int year = command.registeredOn().getYear();
        String seriesId = CaseNumberSeries.seriesId(year);
        Aggregate<CaseNumberSeries> yearSeries;
        try {
            yearSeries = series.loadOrCreate(seriesId, CaseNumberSeries::new);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        String caseNumber = yearSeries.invoke(s -> s.assign(new AssignCaseNumber(seriesId, year, command.caseId())));
        theCase.execute(c -> c.register(command, caseNumber, actor));
        return caseNumber;
    }
}
