package se.rjh.mtp.groups.unit.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.groups.UnitChanged;
import se.rjh.mtp.api.groups.UnitDeactivated;
import se.rjh.mtp.api.groups.UnitRegistered;
import se.rjh.mtp.groups.unit.domain.UnitCommands.ChangeUnit;
import se.rjh.mtp.groups.unit.domain.UnitCommands.DeactivateUnit;
import se.rjh.mtp.groups.unit.domain.UnitCommands.RegisterUnit;

/** The register's rules: a name, a loosely checked HSA-id and e-mail, and only active units change. */
class UnitTest {

    static final UnitRegistered REGISTERED = new UnitRegistered("u1", "Avdelning 12, Kirurgi", "SE2321000016-15CQ",
            "avd12@region.se");

    private FixtureConfiguration<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    @Test
    void registersTrimmedWithOrWithoutAnHsaId() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("u1", " Avdelning 12, Kirurgi ", "SE2321000016-15CQ", " avd12@region.se"))
                .expectEvents(REGISTERED);
        fixture.givenNoPriorActivity().when(new RegisterUnit("u1", "Vårdcentralen Norr", " ", "vc.norr@region.se"))
                .expectEvents(new UnitRegistered("u1", "Vårdcentralen Norr", null, "vc.norr@region.se"));
    }

    @Test
    void refusesANamelessUnitABadHsaIdAndABadEmail() {
        fixture.givenNoPriorActivity().when(new RegisterUnit("u1", " ", null, "a@region.se"))
                .expectException(InvalidInputException.class).expectNoEvents();
        for (String hsaId : new String[] {"2321000016-15CQ", "SE232100001-15CQ", "SE2321000016", "SE2321000016-",
                "SE2321000016-Å1", "SE2321000016-" + "A".repeat(20)}) {
            fixture.givenNoPriorActivity().when(new RegisterUnit("u1", "Enhet", hsaId, "a@region.se"))
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
        for (String email : new String[] {"", "region.se", "a@", "@region.se", "a@region", "a b@region.se",
                "a@@region.se"}) {
            fixture.givenNoPriorActivity().when(new RegisterUnit("u1", "Enhet", null, email))
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
    }

    @Test
    void changesWhatDiffersAndNothingWhenNothingDiffers() {
        fixture.given(REGISTERED).when(new ChangeUnit("u1", "Avdelning 12", null, "kir12@region.se", "Ny funktionsbrevlåda"))
                .expectEvents(new UnitChanged("u1", "Avdelning 12", null, "kir12@region.se", "Ny funktionsbrevlåda"));
        fixture.given(REGISTERED).when(new ChangeUnit("u1", "Avdelning 12, Kirurgi", "SE2321000016-15CQ",
                        "avd12@region.se", null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(REGISTERED).when(new ChangeUnit("u1", "Avdelning 12", null, "inte-en-adress", null))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void deactivatesOnceWithAReasonAndAnInactiveUnitDoesNotChange() {
        UnitDeactivated deactivated = new UnitDeactivated("u1", "Avdelningen stängd");
        fixture.given(REGISTERED).when(new DeactivateUnit("u1", "Avdelningen stängd")).expectEvents(deactivated);
        fixture.given(REGISTERED).when(new DeactivateUnit("u1", " "))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(REGISTERED, deactivated).when(new DeactivateUnit("u1", "Igen"))
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(REGISTERED, deactivated).when(new ChangeUnit("u1", "Nytt namn", null, "a@region.se", null))
                .expectException(StateConflictException.class).expectNoEvents();
    }
}
