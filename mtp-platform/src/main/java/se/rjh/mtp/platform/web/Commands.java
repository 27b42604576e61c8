package se.rjh.mtp.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * What a controller needs to act: send a command and wait for its result, and "today" from the one configured clock.
 * One bean, so that every endpoint that lets a date default to today takes it the same way, in the same zone.
 *
 * @param gateway Axon's command gateway
 * @param clock   the one clock ({@code mtp.time.zone})
 */
public record Commands(CommandGateway gateway, Clock clock) {

    /** Sends the command and waits for its result; the command handler's exception is rethrown as it is. */
    public <R> R sendAndWait(Object command) {
        return gateway.sendAndWait(command);
    }

    /** Today's date in the configured zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The given date, or today when none was given. */
    public LocalDate todayUnless(LocalDate given) {
        return given != null ? given : today();
    }
}
