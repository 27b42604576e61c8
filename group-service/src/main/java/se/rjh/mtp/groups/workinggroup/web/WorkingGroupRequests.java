package se.rjh.mtp.groups.workinggroup.web;

import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;

/** Request bodies of {@code /api/groups}; the limits are the aggregate's, stated here for OpenAPI. */
public final class WorkingGroupRequests {

    private WorkingGroupRequests() {
    }

    public record EstablishGroupRequest(@NotBlank @Size(max = LINE) String name, @NotNull GroupKind kind,
                                        @Size(max = PARAGRAPH) String mandate,
                                        @Size(max = CODE) String parentGroupId, LocalDate establishedOn) {
    }

    public record AppointMemberRequest(@NotBlank @Size(max = CODE) String userName,
                                       @NotBlank @Size(max = LINE) String name, @NotNull MemberRole role,
                                       @Size(max = LINE) String unit, LocalDate from) {
    }

    public record DissolveGroupRequest(@NotBlank @Size(max = PARAGRAPH) String reason, LocalDate dissolvedOn) {
    }
}
