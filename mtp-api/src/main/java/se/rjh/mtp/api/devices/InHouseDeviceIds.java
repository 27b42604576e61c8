package se.rjh.mtp.api.devices;

import java.util.regex.Pattern;

/** The register id {@code EGT-<n>} (n from 1, no leading zeros): the one format every service checks. */
public final class InHouseDeviceIds {

    public static final String PREFIX = "EGT";
    /** For {@code @Pattern} on request fields. */
    public static final String REGEX = "EGT-[1-9][0-9]{0,17}";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private InHouseDeviceIds() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /** The number of a valid id, e.g. 12 for {@code EGT-12}: the register's order. */
    public static long number(String id) {
        return Long.parseLong(id.substring(PREFIX.length() + 1));
    }

    public static String of(long number) {
        return PREFIX + "-" + number;
    }
}
