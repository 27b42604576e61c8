package se.rjh.mtp.groups.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.AppointMember;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EstablishWorkingGroup;
import se.rjh.mtp.platform.security.SecurityProperties;
import se.rjh.mtp.platform.web.Commands;

/** The demo chair and LAG member are appointed only with the local demo users, so production can appoint its own. */
class StandingGroupsSeederTest {

    private final List<Object> sent = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @Test
    void withRealSignInOnlyTheStandingGroupsAreEstablished() {
        seed("jwt");

        assertThat(sent).hasSize(3).allMatch(EstablishWorkingGroup.class::isInstance);
    }

    @Test
    void withTheLocalDemoUsersTheDemoChairAndLagMemberAreAppointed() {
        seed("basic");

        List<AppointMember> appointed = sent.stream().filter(AppointMember.class::isInstance)
                .map(AppointMember.class::cast).toList();
        assertThat(appointed).extracting(AppointMember::groupId, AppointMember::userName, AppointMember::role)
                .containsExactly(
                        tuple(StandingGroups.LSG_MTP, "ordforande", MemberRole.CHAIR),
                        tuple(StandingGroups.LAG_MANUFACTURING_AND_SAFETY, "lag", MemberRole.MEMBER),
                        tuple(StandingGroups.LAG_ORDERLY_INTRODUCTION, "lag", MemberRole.MEMBER));
    }

    private void seed(String securityMode) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> command : List.of(EstablishWorkingGroup.class, AppointMember.class)) {
            bus.subscribe(command.getName(), message -> {
                sent.add(message.getPayload());
                return null;
            });
        }
        new StandingGroupsSeeder(new Commands(DefaultCommandGateway.builder().commandBus(bus).build(), clock),
                new SecurityProperties(securityMode, null, null)).seed();
    }
}
