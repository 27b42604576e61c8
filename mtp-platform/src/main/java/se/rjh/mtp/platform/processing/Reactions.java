package se.rjh.mtp.platform.processing;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.rjh.mtp.api.common.DomainException;

/**
 * Sends the command a reaction to another service's event asks for. A refusal by a rule, or an aggregate that does
 * not exist, will be the same on every retry: it is logged and skipped. Anything else (the store, a timeout) is
 * thrown, so the event is retried or parked by the processing group's failure policy.
 */
public final class Reactions {

    private static final Logger log = LoggerFactory.getLogger(Reactions.class);

    private Reactions() {
    }

    /** The handler's answer, or empty when the command was refused for good. */
    public static <R> Optional<R> send(CommandGateway commands, Object command, String about) {
        try {
            return Optional.ofNullable(commands.sendAndWait(command));
        } catch (CommandExecutionException e) {
            return skipIfRefused(e.getCause() instanceof RuntimeException cause ? cause : e, command, about);
        } catch (AggregateNotFoundException | DomainException e) {
            return skipIfRefused(e, command, about);
        }
    }

    private static <R> Optional<R> skipIfRefused(RuntimeException e, Object command, String about) {
        if (e instanceof AggregateNotFoundException || e instanceof DomainException) {
            log.warn("{} not applied ({}): {}", about, command.getClass().getSimpleName(), e.getMessage());
            return Optional.empty();
        }
        throw e;
    }
}
