package se.rjh.archsample.clean.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class CleanAggregate {
    @CommandHandler
    void handle(String command) {
    }
}
