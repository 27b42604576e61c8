package se.rjh.mtp.groups.workinggroup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.AppointMember;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.DissolveWorkingGroup;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EndMembership;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EstablishWorkingGroup;
import se.rjh.mtp.groups.workinggroup.projection.WorkingGroupQueries;
import se.rjh.mtp.groups.workinggroup.web.WorkingGroupRequests.AppointMemberRequest;
import se.rjh.mtp.groups.workinggroup.web.WorkingGroupRequests.DissolveGroupRequest;
import se.rjh.mtp.groups.workinggroup.web.WorkingGroupRequests.EstablishGroupRequest;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.CommandPost;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/groups")
@Tag(name = "Working groups", description = "LSG MTP and its LAGs, members and membership history")
class WorkingGroupController {

    private final Commands commands;
    private final WorkingGroupQueries queries;

    WorkingGroupController(Commands commands, WorkingGroupQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "All groups with their current members")
    @GetMapping
    @Access.SignedIn
    List<WorkingGroupView> list() {
        return queries.all();
    }

    @Operation(summary = "One group, with every membership period (who was a member when)")
    @GetMapping("/{groupId}")
    @Access.SignedIn
    WorkingGroupView get(@PathVariable String groupId) {
        return queries.find(groupId).orElseThrow(() -> new NotFoundException("Group", groupId));
    }

    @Operation(summary = "Establish a group (a LAG names its LSG as parent)")
    @PostMapping
    @Access.ChairOrAdmin
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> establish(@Valid @RequestBody EstablishGroupRequest request) {
        return commands.create("/api/groups/", groupId -> new EstablishWorkingGroup(groupId, request.name(),
                request.kind(), request.mandate(), request.parentGroupId(), commands.todayUnless(request.establishedOn())),
                CreatedId::new);
    }

    @Operation(summary = "Appoint a member, or give a member another role")
    @CommandPost("/{groupId}/members")
    @Access.ChairOrAdmin
    void appoint(@PathVariable String groupId, @Valid @RequestBody AppointMemberRequest request) {
        commands.sendAndWait(new AppointMember(groupId, request.userName(), request.name(), request.role(),
                request.unit(), commands.todayUnless(request.from())));
    }

    @Operation(summary = "End a membership today; the history keeps it")
    @DeleteMapping("/{groupId}/members/{userName}")
    @Access.ChairOrAdmin
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endMembership(@PathVariable String groupId, @PathVariable String userName) {
        commands.sendAndWait(new EndMembership(groupId, userName, commands.today()));
    }

    @Operation(summary = "Dissolve a group, with a reason")
    @CommandPost("/{groupId}/dissolution")
    @Access.ChairOrAdmin
    void dissolve(@PathVariable String groupId, @Valid @RequestBody DissolveGroupRequest request) {
        commands.sendAndWait(new DissolveWorkingGroup(groupId, request.reason(), commands.todayUnless(request.dissolvedOn())));
    }

}
