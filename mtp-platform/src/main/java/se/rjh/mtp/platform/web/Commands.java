package se.rjh.mtp.platform.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;

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

    /**
     * Makes a new resource under a new id (a random UUID): sends the command made for that id, then answers 201 with
     * the Location {@code location + id} and the body made for that id. One place for how a POST that creates answers.
     *
     * @param location the Location up to the new id, e.g. {@code "/api/units/"}
     * @param command  the command that makes the resource, for the new id
     * @param body     the response body, for the new id
     */
    public <B> ResponseEntity<B> create(String location, Function<String, ?> command, Function<String, B> body) {
        String id = UUID.randomUUID().toString();
        sendAndWait(command.apply(id));
        return ResponseEntity.created(URI.create(location + id)).body(body.apply(id));
    }
}
