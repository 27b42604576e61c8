package se.rjh.mtp.platform.metadata;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.rjh.mtp.platform.web.CorrelationIdFilter;

/**
 * Stamps each command with the authenticated user and the request's correlation id. The actor comes only from the
 * security context, never from a request body or header, so a client cannot claim to be someone else. Commands sent
 * by background processing keep the actor of the event that caused them, or are marked as the system. An anonymous
 * caller (a public path, see {@code PublicPaths}) is no user: the command keeps the actor the service's code gave it,
 * such as a unit acting through its signed link, else the system.
 */
public class ActorMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    private final String systemActor;

    public ActorMetadata(String serviceName) {
        this.systemActor = "system:" + serviceName;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String actor = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                    && auth.getName() != null
                    ? auth.getName()
                    : (String) command.getMetaData().getOrDefault(ACTOR, systemActor);
            CommandMessage<?> stamped = command.andMetaData(Map.of(ACTOR, actor));
            String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
            if (correlationId != null) {
                stamped = stamped.andMetaData(Map.of(CORRELATION_ID, correlationId));
            } else if (!command.getMetaData().containsKey(CORRELATION_ID)) {
                // Background work (a scheduled job) starts its own chain.
                stamped = stamped.andMetaData(Map.of(CORRELATION_ID, command.getIdentifier()));
            }
            return stamped;
        };
    }
}
