package se.rjh.mtp.groups.workinggroup;

import static se.rjh.mtp.groups.workinggroup.StandingGroups.LAG_MANUFACTURING_AND_SAFETY;
import static se.rjh.mtp.groups.workinggroup.StandingGroups.LAG_ORDERLY_INTRODUCTION;
import static se.rjh.mtp.groups.workinggroup.StandingGroups.LSG_MTP;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.AppointMember;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EstablishWorkingGroup;
import se.rjh.mtp.platform.security.SecurityProperties;
import se.rjh.mtp.platform.web.Commands;

/**
 * Establishes LSG MTP and its two LAGs through commands, so they are in the history like everything else. The ids
 * are fixed and the commands change nothing when repeated, so every restart may send them again. The demo users
 * {@code ordforande} (chair of LSG MTP) and {@code lag} (member of both LAGs) are appointed only while the demo users
 * exist, i.e. locally: with real sign-in the one-chair rule would otherwise block appointing the real chair.
 */
@Component
public class StandingGroupsSeeder {

    private static final Logger log = LoggerFactory.getLogger(StandingGroupsSeeder.class);
    /** Regionledningen decided on LSG MTP in September 2025. */
    private static final LocalDate ESTABLISHED = LocalDate.of(2025, 9, 1);

    private final Commands commands;
    private final boolean demoMembers;

    StandingGroupsSeeder(Commands commands, SecurityProperties security) {
        this.commands = commands;
        this.demoMembers = security.demoUsers();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        commands.sendAndWait(new EstablishWorkingGroup(LSG_MTP, "LSG MTP", GroupKind.LSG,
                "Lokal samverkansgrupp för medicintekniska produkter: regionövergripande frågor om användning och "
                        + "hantering av MTP, riktlinjer och vägledningar, stöd i regelefterlevnad (MDR/IVDR).",
                null, ESTABLISHED));
        commands.sendAndWait(new EstablishWorkingGroup(LAG_MANUFACTURING_AND_SAFETY, "LAG Tillverkning och säkerhet",
                GroupKind.LAG, "Egentillverkning av medicintekniska produkter och produktsäkerhet.", LSG_MTP,
                ESTABLISHED));
        commands.sendAndWait(new EstablishWorkingGroup(LAG_ORDERLY_INTRODUCTION,
                "LAG Ordnat införande och förskrivarstöd", GroupKind.LAG,
                "Ordnat införande av nya produkter och metoder, och stöd till förskrivare.", LSG_MTP, ESTABLISHED));
        if (demoMembers) {
            LocalDate today = commands.today();
            commands.sendAndWait(new AppointMember(LSG_MTP, "ordforande", "Ordförande (demo)", MemberRole.CHAIR,
                    "LSG MTP", today));
            for (String lag : new String[] {LAG_MANUFACTURING_AND_SAFETY, LAG_ORDERLY_INTRODUCTION}) {
                commands.sendAndWait(new AppointMember(lag, "lag", "LAG-ledamot (demo)", MemberRole.MEMBER,
                        "Medicinteknik", today));
            }
        }
        log.info("Standing groups in place (demo members: {})", demoMembers);
    }
}
