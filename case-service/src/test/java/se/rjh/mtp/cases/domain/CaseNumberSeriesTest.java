package se.rjh.mtp.cases.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.common.InvalidInputException;

class CaseNumberSeriesTest {

    private static final String SERIES = CaseNumberSeries.seriesId(2026);

    private FixtureConfiguration<CaseNumberSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseNumberSeries.class);
    }

    @Test
    void aYearStartsAtOne() {
        fixture.givenNoPriorActivity()
                .when(new AssignCaseNumber(SERIES, 2026, "c1"))
                .expectEvents(new CaseNumberAssigned(SERIES, 2026, 1, "MTP/1/2026", "c1"))
                .expectResultMessagePayload("MTP/1/2026");
    }

    @Test
    void theNextNumberFollowsTheLast() {
        fixture.given(new CaseNumberAssigned(SERIES, 2026, 1, "MTP/1/2026", "c1"),
                        new CaseNumberAssigned(SERIES, 2026, 2, "MTP/2/2026", "c2"))
                .when(new AssignCaseNumber(SERIES, 2026, "c3"))
                .expectEvents(new CaseNumberAssigned(SERIES, 2026, 3, "MTP/3/2026", "c3"));
    }

    @Test
    void aNumberOfAnotherYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AssignCaseNumber(SERIES, 2027, "c1"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
