package se.rjh.mtp.groups.unit.domain;

import java.util.regex.Pattern;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;

/**
 * The format rules of a unit's contact details, kept loose on purpose: they catch typing mistakes, not every
 * address the mail relay would refuse.
 */
public final class ContactRules {

    /**
     * An HSA-id: {@code SE}, the catalogue owner's 10-digit organisation number without hyphen, a hyphen, then at
     * least one letter A–Z/a–z or digit (no å, ä, ö or @), at most 31 characters in all (Inera's description of
     * the HSA-id).
     */
    public static final int HSA_ID_MAX = 31;
    private static final Pattern HSA_ID = Pattern.compile("SE\\d{10}-[A-Za-z0-9]+");
    /** One @, something before it, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ContactRules() {
    }

    /** Null when not given. */
    public static String hsaId(String value) {
        String hsaId = TextRules.optional("hsaId", value, HSA_ID_MAX);
        if (hsaId != null && !HSA_ID.matcher(hsaId).matches()) {
            throw new InvalidInputException("hsaId",
                    "must be SE, a 10-digit organisation number, a hyphen and letters or digits, e.g. SE2321000016-15CQ");
        }
        return hsaId;
    }

    public static String email(String value) {
        String email = TextRules.required("contactEmail", value, TextRules.LINE);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("contactEmail", "must be an e-mail address, e.g. enhet@region.se");
        }
        return email;
    }
}
