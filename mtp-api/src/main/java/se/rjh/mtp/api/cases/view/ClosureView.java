package se.rjh.mtp.api.cases.view;

import java.time.LocalDate;

/**
 * How a decided case was closed.
 *
 * @param closedOn When it was closed.
 * @param note A closing note, if any.
 */
public record ClosureView(
        LocalDate closedOn,
        String note) {
}
