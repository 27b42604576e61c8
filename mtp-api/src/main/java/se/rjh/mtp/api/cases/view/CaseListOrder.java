package se.rjh.mtp.api.cases.view;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of the case list, as its {@code sort} parameter names them ({@code receivedOn,desc}). Oldest first is
 * exactly newest first reversed (ties by id the other way), so both walk the same index and the same list buckets.
 */
public enum CaseListOrder {
    /** Newest received first: the default. */
    RECEIVED_NEWEST("receivedOn", true),
    /** Oldest received first: what has waited longest. */
    RECEIVED_OLDEST("receivedOn", false);

    private final String column;
    private final boolean descending;

    CaseListOrder(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    /** The list's column this order sorts by. */
    public String column() {
        return column;
    }

    public boolean descending() {
        return descending;
    }

    /** As the {@code sort} parameter says it: {@code receivedOn,desc}. */
    public String parameter() {
        return column + "," + (descending ? "desc" : "asc");
    }

    /** The same column the other way round. */
    public CaseListOrder reversed() {
        return Arrays.stream(values()).filter(o -> o.column.equals(column) && o.descending != descending)
                .findFirst().orElseThrow();
    }

    /** The order a {@code sort} parameter names; empty for anything else. */
    public static Optional<CaseListOrder> of(String parameter) {
        return Arrays.stream(values()).filter(o -> o.parameter().equals(parameter)).findFirst();
    }

    /** Every accepted {@code sort} parameter, for a refusal's message. */
    public static String accepted() {
        return String.join(" or ", Arrays.stream(values()).map(CaseListOrder::parameter).toList());
    }
}
