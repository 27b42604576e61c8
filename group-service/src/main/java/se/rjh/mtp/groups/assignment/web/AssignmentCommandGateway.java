package se.rjh.mtp.groups.assignment.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.assignment.domain.NotAGroupMemberException;

/**
 * Sends a command and turns the domain's "not a member of this LAG" into the platform's 403, so the rule lives in
 * the aggregate and the answer is the same as for a wrong role.
 */
@Component
public class AssignmentCommandGateway {

    private final CommandGateway commands;

    AssignmentCommandGateway(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (NotAGroupMemberException e) {
            throw new AccessDeniedException(e.getMessage());
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof NotAGroupMemberException denied) {
                throw new AccessDeniedException(denied.getMessage());
            }
            throw e;
        }
    }
}
