package se.rjh.mtp.groups.workinggroup.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberAppointed;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.MembershipEnded;
import se.rjh.mtp.api.groups.WorkingGroupDissolved;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.AppointMember;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.DissolveWorkingGroup;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EndMembership;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EstablishWorkingGroup;

class WorkingGroupTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);
    private static final WorkingGroupEstablished LSG =
            new WorkingGroupEstablished("lsg", "LSG MTP", GroupKind.LSG, "Mandat", null, DAY);
    private static final WorkingGroupEstablished LAG =
            new WorkingGroupEstablished("lag-1", "LAG Tillverkning och säkerhet", GroupKind.LAG, "Mandat", "lsg", DAY);

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        WorkingGroupDirectory directory = id -> switch (id) {
            case "lsg" -> Optional.of(new GroupEntry("lsg", "LSG MTP", GroupKind.LSG, true, Set.of()));
            case "lag-9" -> Optional.of(new GroupEntry("lag-9", "LAG X", GroupKind.LAG, true, Set.of()));
            case "old-lsg" -> Optional.of(new GroupEntry("old-lsg", "Gamla LSG", GroupKind.LSG, false, Set.of()));
            default -> Optional.empty();
        };
        fixture.registerInjectableResource(directory);
    }

    @Test
    void establishesAnLsgWithoutParent() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("lsg", "LSG MTP", GroupKind.LSG, "Mandat", null, DAY))
                .expectEvents(LSG);
    }

    @Test
    void establishingAgainChangesNothing() {
        fixture.given(LSG)
                .when(new EstablishWorkingGroup("lsg", "LSG MTP", GroupKind.LSG, "Mandat", null, DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void establishesALagUnderAnActiveLsg() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("lag-1", "LAG Tillverkning och säkerhet", GroupKind.LAG, "Mandat", "lsg", DAY))
                .expectEvents(LAG);
    }

    @Test
    void aLagNeedsAnActiveLsgAsParent() {
        for (String parent : new String[] {null, "lag-9", "old-lsg", "missing"}) {
            fixture.givenNoPriorActivity()
                    .when(new EstablishWorkingGroup("lag-2", "LAG", GroupKind.LAG, null, parent, DAY))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("must name an active LSG")
                    .expectNoEvents();
        }
    }

    @Test
    void anLsgHasNoParentAndGroupsNeedNameKindAndDate() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("x", "LSG 2", GroupKind.LSG, null, "lsg", DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("x", " ", GroupKind.LSG, null, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("x", "G", null, null, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("x", "G", GroupKind.LSG, null, null, null))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void mandateMustNotHoldAPersonalIdentityNumber() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("x", "LSG", GroupKind.LSG, "Gäller 19121212-1212", null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void textsAreTrimmedAndHeldToTheSharedLimitsAlsoWhenTheCommandDoesNotComeOverHttp() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("lag-1", " LAG Tillverkning och säkerhet ", GroupKind.LAG, "Mandat\n",
                        "lsg", DAY))
                .expectEvents(LAG);
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("lag-1", "x".repeat(TextRules.LINE + 1), GroupKind.LSG, null, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup("lag-1", "LSG", GroupKind.LSG, "x".repeat(TextRules.PARAGRAPH + 1), null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LAG).when(new AppointMember("lag-1", "u".repeat(TextRules.CODE + 1), "N", MemberRole.MEMBER, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LAG).when(new AppointMember("lag-1", "u", "N", MemberRole.MEMBER, "x".repeat(TextRules.LINE + 1), DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LAG).when(new DissolveWorkingGroup("lag-1", "x".repeat(TextRules.PARAGRAPH + 1), DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void appointsAMemberAndRepeatingTheAppointmentChangesNothing() {
        MemberAppointed appointed = new MemberAppointed("lag-1", "lag", "Lena Ag", MemberRole.MEMBER, "Medicinteknik", DAY);
        fixture.given(LAG)
                .when(new AppointMember("lag-1", "lag", "Lena Ag", MemberRole.MEMBER, "Medicinteknik", DAY))
                .expectEvents(appointed);
        fixture.given(LAG, appointed)
                .when(new AppointMember("lag-1", "lag", "Lena Ag", MemberRole.MEMBER, "Medicinteknik", DAY.plusDays(3)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aNewRoleIsANewAppointment() {
        MemberAppointed member = new MemberAppointed("lag-1", "lag", "Lena Ag", MemberRole.MEMBER, "MT", DAY);
        fixture.given(LAG, member)
                .when(new AppointMember("lag-1", "lag", "Lena Ag", MemberRole.SECRETARY, "MT", DAY.plusDays(1)))
                .expectEvents(new MemberAppointed("lag-1", "lag", "Lena Ag", MemberRole.SECRETARY, "MT", DAY.plusDays(1)));
    }

    @Test
    void onlyOneChairAtATime() {
        fixture.given(LSG, new MemberAppointed("lsg", "ordforande", "O", MemberRole.CHAIR, "LSG", DAY))
                .when(new AppointMember("lsg", "annan", "A", MemberRole.CHAIR, "LSG", DAY))
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(LSG, new MemberAppointed("lsg", "ordforande", "O", MemberRole.CHAIR, "LSG", DAY),
                        new MembershipEnded("lsg", "ordforande", DAY.plusDays(10)))
                .when(new AppointMember("lsg", "annan", "A", MemberRole.CHAIR, "LSG", DAY.plusDays(10)))
                .expectEvents(new MemberAppointed("lsg", "annan", "A", MemberRole.CHAIR, "LSG", DAY.plusDays(10)));
    }

    @Test
    void appointmentNeedsUserNameNameAndRole() {
        fixture.given(LAG).when(new AppointMember("lag-1", "", "N", MemberRole.MEMBER, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LAG).when(new AppointMember("lag-1", "u", " ", MemberRole.MEMBER, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LAG).when(new AppointMember("lag-1", "u", "N", null, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void endsACurrentMembershipOnly() {
        MemberAppointed member = new MemberAppointed("lag-1", "lag", "Lena Ag", MemberRole.MEMBER, "MT", DAY);
        fixture.given(LAG, member)
                .when(new EndMembership("lag-1", "lag", DAY.plusMonths(6)))
                .expectEvents(new MembershipEnded("lag-1", "lag", DAY.plusMonths(6)));
        fixture.given(LAG, member, new MembershipEnded("lag-1", "lag", DAY.plusMonths(6)))
                .when(new EndMembership("lag-1", "lag", DAY.plusMonths(7)))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void dissolvesOnceWithAReasonAndThenRefusesChanges() {
        WorkingGroupDissolved dissolved = new WorkingGroupDissolved("lag-1", DAY.plusYears(1), "Uppgiften övertagen");
        fixture.given(LAG).when(new DissolveWorkingGroup("lag-1", " ", DAY.plusYears(1)))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LAG).when(new DissolveWorkingGroup("lag-1", "Uppgiften övertagen", DAY.plusYears(1)))
                .expectEvents(dissolved);
        fixture.given(LAG, dissolved).when(new DissolveWorkingGroup("lag-1", "Igen", DAY.plusYears(2)))
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(LAG, dissolved).when(new AppointMember("lag-1", "lag", "L", MemberRole.MEMBER, null, DAY))
                .expectException(StateConflictException.class).expectNoEvents();
    }
}
