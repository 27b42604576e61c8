package se.rjh.mtp.api.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, day + 60) in
 * free text. Patient details belong in the patient record, never here. A candidate is 10 or 12 digits, optionally
 * with {@code -} or {@code +} before the last four, standing alone (not part of a longer digit run); it counts only
 * if its date exists and its Luhn check digit is right, so phone numbers, dates, article numbers and UDI-DIs pass.
 * Plain Java: domain code and the HTTP layer use the same rule.
 */
public final class PersonalIdentityNumberGuard {

    /** Identifiers such as {@code ea011087-7586-...} hold digit runs that can look like a number; they never are one. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d-+])(\\d{8}|\\d{6})([-+]?)(\\d{4})(?!\\d)");
    static final String REASON = "contains what looks like a personal identity number; patient details belong in the patient record";

    private PersonalIdentityNumberGuard() {
    }

    /** Refuses the text, naming the field and never the number. */
    public static void check(String field, String text) {
        if (containsPersonalIdentityNumber(text)) {
            throw new InvalidInputException(field, REASON);
        }
    }

    public static boolean containsPersonalIdentityNumber(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(UUID.matcher(text).replaceAll("uuid"));
        while (matcher.find()) {
            if (isIdentityNumber(matcher.group(1), matcher.group(3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentityNumber(String datePart, String lastFour) {
        String shortDate = datePart.length() == 8 ? datePart.substring(2) : datePart;
        if (!luhnValid(shortDate + lastFour)) {
            return false;
        }
        int month = Integer.parseInt(shortDate.substring(2, 4));
        int day = Integer.parseInt(shortDate.substring(4, 6));
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        if (datePart.length() == 8) {
            int year = Integer.parseInt(datePart.substring(0, 4));
            return year >= 1850 && year <= LocalDate.now().getYear() && dateExists(year, month, day);
        }
        int yy = Integer.parseInt(shortDate.substring(0, 2));
        // The century is not written; the date must exist in one of the two that are possible.
        return dateExists(1900 + yy, month, day) || dateExists(2000 + yy, month, day);
    }

    private static boolean dateExists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The Luhn (mod 10) check over the ten digits YYMMDDNNNC. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
