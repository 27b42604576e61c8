package se.rjh.mtp.groups.workinggroup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;

/** Request bodies of {@code /api/groups}. */
public final class WorkingGroupRequests {

    private WorkingGroupRequests() {
    }

    public record EstablishGroupRequest(@NotBlank @Size(max = 200) String name, @NotNull GroupKind kind,
                                 @Size(max = 5000) String mandate, @Size(max = 100) String parentGroupId,
                                 LocalDate establishedOn) {
    }

    public record AppointMemberRequest(@NotBlank @Size(max = 100) String userName, @NotBlank @Size(max = 200) String name,
                                @NotNull MemberRole role, @Size(max = 200) String unit, LocalDate from) {
    }

    public record DissolveGroupRequest(@NotBlank @Size(max = 2000) String reason, LocalDate dissolvedOn) {
    }
}
