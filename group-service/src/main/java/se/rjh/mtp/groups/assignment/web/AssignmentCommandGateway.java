package se.rjh.mtp.groups.assignment.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command; a refusal by the aggregate reaches the platform's problem mapping as thrown. */
@Component
public class AssignmentCommandGateway {

    private final CommandGateway commands;

    AssignmentCommandGateway(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(Object command) {
        commands.sendAndWait(command);
    }
}
