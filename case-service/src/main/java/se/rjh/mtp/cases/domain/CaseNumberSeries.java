package se.rjh.mtp.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;

/**
 * The yearly diarienummer series {@code MTP/<n>/<year>}. Each number is an event at the next sequence of this
 * aggregate, so two registrations that take the same number collide on the event store's sequence check and one of
 * them is refused: the series is unique and, because a number is only stored together with its case, gap-free.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class CaseNumberSeries {

    static final String PREFIX = "MTP";

    @AggregateIdentifier
    private String seriesId;
    private int year;
    private int lastNumber;

    public CaseNumberSeries() {
        // for Axon, and for the first number of a year
    }

    public static String seriesId(int year) {
        return "case-number-series-" + year;
    }

    /** Takes the next number; the series is created by its first number. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String assign(AssignCaseNumber command) {
        if (command.year() < 2000 || command.year() > 9999) {
            throw new InvalidInputException("year", "is not a plausible year");
        }
        if (!seriesId(command.year()).equals(command.seriesId())) {
            throw new InvalidInputException("seriesId", "does not belong to year " + command.year());
        }
        TextRules.identifier("caseId", command.caseId());
        int next = lastNumber + 1;
        String caseNumber = PREFIX + "/" + next + "/" + command.year();
        apply(new CaseNumberAssigned(command.seriesId(), command.year(), next, caseNumber, command.caseId()));
        return caseNumber;
    }

    @EventSourcingHandler
    void on(CaseNumberAssigned event) {
        this.seriesId = event.seriesId();
        this.year = event.year();
        this.lastNumber = event.number();
    }
}
