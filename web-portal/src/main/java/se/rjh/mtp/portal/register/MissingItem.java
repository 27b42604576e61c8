package se.rjh.mtp.portal.register;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing a release still needs, as the register lists it (its stable prefixes, e.g. {@code gspr.10.4: unanswered}),
 * in Swedish with a link to the form where it is put right. An item of a kind not known here is shown as it came.
 *
 * @param key the message key ({@code register.missing.*})
 * @param argument the requirement or IVO content it names, or the whole item when the kind is unknown
 * @param href the form that puts it right, or null
 */
public record MissingItem(String key, String argument, String href) {

    private static final String GSPR = "register.missing.gspr";

    /** The items in order, the unanswered GSPR requirements as one item (it links to the first of them). */
    static List<MissingItem> of(List<String> items, String deviceId) {
        List<MissingItem> described = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (String item : items) {
            MissingItem one = of(item, deviceId);
            if (one.key.equals(GSPR)) {
                if (unanswered.isEmpty()) {
                    described.add(one);
                }
                unanswered.add(one.argument);
            } else {
                described.add(one);
            }
        }
        return described.stream().map(one -> one.key.equals(GSPR)
                ? new MissingItem(GSPR, String.join(", ", unanswered), one.href) : one).toList();
    }

    static MissingItem of(String item, String deviceId) {
        String device = RegisterPages.devicePath(deviceId);
        int colon = item.indexOf(':');
        String what = colon < 0 ? item : item.substring(0, colon).strip();
        String rest = colon < 0 ? "" : item.substring(colon + 1).strip();
        if (what.startsWith("gspr.")) {
            String requirement = what.substring("gspr.".length());
            return new MissingItem(GSPR, requirement, device + "/gspr#krav-" + requirement);
        }
        return switch (what) {
            case "linkedCase" -> new MissingItem("register.missing.linkedCase", null, device + "#arende");
            case "description.riskClass" -> new MissingItem("register.missing.riskClass", null, device + "/uppgifter#riskClass");
            case "description.intendedPurpose" ->
                    new MissingItem("register.missing.intendedPurpose", null, device + "/uppgifter#intendedPurpose");
            case "marketSearch" -> new MissingItem("register.missing.marketSearch", null, device + "/marknadssokning");
            case "ivoInformation" -> new MissingItem("register.missing.ivo", null, device + "/ivo");
            case "ivoInformation.content" -> new MissingItem("register.missing.ivoContent", rest, device + "/ivo");
            default -> new MissingItem("register.missing.other", item, null);
        };
    }
}
