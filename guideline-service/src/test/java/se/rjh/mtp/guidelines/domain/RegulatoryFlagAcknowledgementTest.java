package se.rjh.mtp.guidelines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.guidelines.GuidelineFlaggedForRegulatoryChange;
import se.rjh.mtp.api.guidelines.GuidelineRetired;
import se.rjh.mtp.api.guidelines.RegulatoryFlagAcknowledged;
import se.rjh.mtp.api.guidelines.view.CaseRequestView;
import se.rjh.mtp.guidelines.domain.Commands.AcknowledgeRegulatoryFlag;

/** A regulatory-change flag is acknowledged once, by whoever takes it on, and stays listed with who and when. */
class RegulatoryFlagAcknowledgementTest {

    private static final GuidelineFlaggedForRegulatoryChange FLAG =
            new GuidelineFlaggedForRegulatoryChange(NUMBER, "c2", "MTP/14/2026", "f1", "MDR Art. 5(5)");
    private final FixtureConfiguration<Guideline> fixture = new AggregateTestFixture<>(Guideline.class);

    @Test
    void aFlagIsAcknowledgedByTheCaller() {
        fixture.given(v1Published()).andGiven(FLAG)
                .when(new AcknowledgeRegulatoryFlag(NUMBER, "f1", TODAY), as(AUTHOR))
                .expectEvents(new RegulatoryFlagAcknowledged(NUMBER, "c2", "f1", AUTHOR, TODAY));
    }

    @Test
    void aFlagIsAcknowledgedOnlyOnce() {
        fixture.given(v1Published()).andGiven(FLAG, new RegulatoryFlagAcknowledged(NUMBER, "c2", "f1", AUTHOR, TODAY))
                .when(new AcknowledgeRegulatoryFlag(NUMBER, "f1", TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aFlagTheGuidelineDoesNotHaveIsNotFound() {
        fixture.given(v1Published()).andGiven(FLAG)
                .when(new AcknowledgeRegulatoryFlag(NUMBER, "f9", TODAY), as(AUTHOR))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void aRetiredGuidelinesFlagsCannotBeAcknowledged() {
        fixture.given(v1Published()).andGiven(FLAG, new GuidelineRetired(NUMBER, "Ersatt", CHAIR, TODAY))
                .when(new AcknowledgeRegulatoryFlag(NUMBER, "f1", TODAY), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void theGuidelineViewShowsWhoAcknowledgedTheFlagAndWhen() {
        List<Object> events = new ArrayList<>(List.of(v1Published()));
        events.add(FLAG);
        events.add(new GuidelineFlaggedForRegulatoryChange(NUMBER, "c3", "MTP/15/2026", "f2", "IVDR Art. 5"));
        events.add(new RegulatoryFlagAcknowledged(NUMBER, "c2", "f1", AUTHOR, TODAY));

        List<CaseRequestView> flags = se.rjh.mtp.guidelines.library.GuidelineHistoryAccess.fold(events).regulatoryFlags();

        assertThat(flags).containsExactly(
                new CaseRequestView("c2", "MTP/14/2026", "f1", "MDR Art. 5(5)", AUTHOR, TODAY),
                new CaseRequestView("c3", "MTP/15/2026", "f2", "IVDR Art. 5", null, null));
    }
}
