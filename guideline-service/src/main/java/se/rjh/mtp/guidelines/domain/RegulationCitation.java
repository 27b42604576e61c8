package se.rjh.mtp.guidelines.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.RegulationReference;

/** How a regulation reference is written, checked and matched against what a user or a case names. */
public final class RegulationCitation {

    private static final Pattern ARTICLE = Pattern.compile("\\d{1,3}(\\(\\d{1,2}\\))?(\\([a-z]\\))?");
    private static final Pattern CHAPTER = Pattern.compile("\\d{1,2}( ?§ ?\\d{1,2})?");

    private RegulationCitation() {
    }

    /** The usual written form: {@code MDR Art. 5(5)}, {@code IVDR Art. 10}, {@code HSLF-FS 2021:52 kap. 5}. */
    public static String label(RegulationReference reference) {
        return switch (reference.framework()) {
            case MDR -> "MDR Art. " + reference.provision();
            case IVDR -> "IVDR Art. " + reference.provision();
            case HSLF_FS_2021_52 -> "HSLF-FS 2021:52 kap. " + reference.provision();
            case OTHER -> reference.provision();
        };
    }

    /** The most regulations one guideline may cite. */
    public static final int MAX_REFERENCES = 50;

    /** Every reference checked (field {@code regulationReferences[i]}), provisions trimmed, duplicates dropped. */
    static List<RegulationReference> checked(List<RegulationReference> references) {
        List<RegulationReference> list = references == null ? List.of() : references;
        if (list.size() > MAX_REFERENCES) {
            throw new InvalidInputException("regulationReferences", "must be at most " + MAX_REFERENCES + " entries");
        }
        for (int i = 0; i < list.size(); i++) {
            validate("regulationReferences[" + i + "]", list.get(i));
        }
        return list.stream().map(r -> new RegulationReference(r.framework(), r.provision().strip())).distinct().toList();
    }

    public static void validate(String field, RegulationReference reference) {
        if (reference == null || reference.framework() == null) {
            throw new InvalidInputException(field + ".framework", "is required");
        }
        if (reference.framework() == RegulationFramework.OTHER) {
            // free text, so the text rule applies (length, personal identity numbers)
            TextRules.required(field + ".provision", reference.provision(), TextRules.LINE);
            return;
        }
        String provision = reference.provision() == null ? "" : reference.provision().strip();
        boolean valid = reference.framework() == RegulationFramework.HSLF_FS_2021_52
                ? CHAPTER.matcher(provision).matches() : ARTICLE.matcher(provision).matches();
        if (!valid) {
            throw new InvalidInputException(field + ".provision", reference.framework() == RegulationFramework.HSLF_FS_2021_52
                    ? "must be a chapter, e.g. 5 or 5 § 2" : "must be an article, e.g. 5 or 5(5)");
        }
    }

    /**
     * Whether the reference falls under what {@code query} names: {@code MDR Art. 5} covers {@code MDR Art. 5(5)}
     * but not {@code MDR Art. 52}; {@code MDR} covers every MDR article. Spacing, case and dots do not matter.
     */
    public static boolean covers(String query, RegulationReference reference) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return false;
        }
        String cited = normalise(label(reference));
        if (!cited.startsWith(q)) {
            return false;
        }
        if (cited.length() == q.length()) {
            return true;
        }
        char next = cited.charAt(q.length());
        return !Character.isDigit(next) && (reference.framework() != RegulationFramework.OTHER || !Character.isLetter(next));
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT)
                .replace("artikel", "art").replace("article", "art")
                .replace("kapitel", "kap").replace("chapter", "kap").replace("ch.", "kap")
                .replaceAll("[\\s.]", "");
    }
}
