package se.rjh.mtp.guidelines.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Repository;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.RequestKeyedNumbers;
import se.rjh.mtp.guidelines.domain.Commands.DraftGuideline;

/**
 * Drafts a new guideline: takes the next number from the series and creates the guideline, both through their
 * repositories in ONE unit of work. The event store appends a unit of work as one atomic write, so the number and its
 * guideline are stored together or not at all; a refused draft (bad input) leaves the series untouched.
 */
public record GuidelineDrafting(Repository<GuidelineNumberSeries> series, Repository<Guideline> guidelines) {

    /** @return the document number, which is also the guideline's id */
    @CommandHandler
    public String handle(DraftGuideline command, @MetaDataValue(MetadataKeys.ACTOR) String actor) throws Exception {
        // The same case follow-up delivered again gets the guideline it already has.
        return RequestKeyedNumbers.takeOnce(series, GuidelineNumberSeries.SERIES_ID, GuidelineNumberSeries::new,
                command.requestKey(), number -> guidelines.newInstance(() -> new Guideline(number, command, actor)));
    }
}
