package se.rjh.mtp.platform.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of deadline: how to find what is due on a day in a read model, how to name an item in logs, and the
 * command that tells its aggregate. The command must be idempotent (the aggregate raises its event once), because
 * a scan runs again on a schedule, on several instances, and before the read model has caught up.
 *
 * @param name       names the scan in logs and in the metric's {@code scan} tag, e.g. {@code consultation-overdue}
 * @param dueOn      the items due on or before the given day, read from a read model
 * @param idOf       the aggregate id an item belongs to, for logs
 * @param commandFor the command to send for an item on the given day
 */
public record DeadlineScan<T>(String name, Function<LocalDate, ? extends Collection<T>> dueOn,
                              Function<? super T, String> idOf, BiFunction<? super T, LocalDate, ?> commandFor) {
}
