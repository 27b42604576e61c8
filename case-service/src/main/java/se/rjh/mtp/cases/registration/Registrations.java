package se.rjh.mtp.cases.registration;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import se.rjh.mtp.cases.domain.RegisterCase;
import se.rjh.mtp.platform.web.Commands;

/**
 * Sends a registration and takes the next number when another registration took this one first. Two instances may
 * take the same number of a year at the same moment; the event store refuses the second on its sequence check, and
 * that registration simply tries again with the next number.
 */
@Component
record Registrations(Commands commands) {

    static final int ATTEMPTS = 5;

    /** Today, for the registration date. */
    LocalDate today() {
        return commands.today();
    }

    /** Returns the diarienummer. */
    String register(RegisterCase command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (ConcurrencyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
