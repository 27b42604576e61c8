package se.rjh.mtp.system.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test configuration for one of several case-service instances in this JVM, so that two commands can race on one
 * aggregate past Axon's in-process lock (each instance has its own). When {@link #arm armed}, a command of the
 * given type is held after its handler has run - the aggregate loaded, its new event applied but not yet appended -
 * until every racer has got as far; then all commit, at the same sequence, and only the event store's unique
 * index can decide. Unarmed it does nothing. Hooked in through Axon's handler-interceptor extension point.
 */
@Configuration(proxyBeanMethods = false)
class RaceAfterLoad {

    private static final AtomicReference<Race> ARMED = new AtomicReference<>();

    /** What made a unit of work of a raced command roll back at commit, in order. */
    static final List<Throwable> COMMIT_FAILURES = new CopyOnWriteArrayList<>();

    private record Race(Class<?> command, CyclicBarrier barrier) {
    }

    /** Holds the next {@code racers} commands of this type (across instances) until all of them have loaded. */
    static void arm(Class<?> command, int racers) {
        COMMIT_FAILURES.clear();
        ARMED.set(new Race(command, new CyclicBarrier(racers)));
    }

    static void disarm() {
        ARMED.set(null);
    }

    @Bean
    Registration raceAfterLoadInterceptor(CommandBus commandBus) {
        MessageHandlerInterceptor<CommandMessage<?>> interceptor = RaceAfterLoad::handle;
        return commandBus.registerHandlerInterceptor(interceptor);
    }

    private static Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                                 InterceptorChain chain) throws Exception {
        Race race = ARMED.get();
        if (race == null || !race.command().getName().equals(unitOfWork.getMessage().getCommandName())) {
            return chain.proceed();
        }
        // The commit (where the event store appends) runs after this interceptor returns; its failure is the
        // rollback cause.
        unitOfWork.onRollback(u -> COMMIT_FAILURES.add(u.getExecutionResult().getExceptionResult()));
        Object result = chain.proceed();
        race.barrier().await(60, TimeUnit.SECONDS);
        return result;
    }
}
