package se.rjh.mtp.portal.register;

/** A text field as the register wants it: trimmed, and null when left empty. */
final class Texts {

    private Texts() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
