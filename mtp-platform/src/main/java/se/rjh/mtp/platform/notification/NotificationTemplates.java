package se.rjh.mtp.platform.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;

/**
 * The Swedish texts, one file per {@link NotificationKind} under {@code mtp-notifications/<kind>.txt}: a first line
 * {@code Ämne: <subject>}, a blank line, then the body. {@code ${name}} is replaced by the value the listener gives;
 * a missing value is an error, never an empty gap. The only values are diarienummer, dates, names of bodies and
 * groups and links, which the listeners choose so that no protected text reaches a mail; as a last guard a rendered
 * mail that holds what looks like a personal identity number is refused.
 */
public final class NotificationTemplates {

    static final String FOLDER = "mtp-notifications/";
    private static final String SUBJECT_PREFIX = "Ämne:";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private final Map<NotificationKind, String> templates = new EnumMap<>(NotificationKind.class);

    /** Reads every kind's template at start, so a missing one fails the start rather than a send. */
    public NotificationTemplates() {
        for (NotificationKind kind : NotificationKind.values()) {
            templates.put(kind, read(FOLDER + kind.template() + ".txt"));
        }
    }

    /** A mail ready to send. */
    public record Rendered(String subject, String body) {
    }

    public Rendered render(NotificationKind kind, Map<String, String> values) {
        String template = templates.get(kind);
        int firstLineEnd = template.indexOf('\n');
        String subjectLine = firstLineEnd < 0 ? template : template.substring(0, firstLineEnd);
        if (!subjectLine.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException(kind.template() + ".txt must start with \"" + SUBJECT_PREFIX + "\"");
        }
        // One line: a value never breaks the subject header.
        String subject = fill(kind, subjectLine.substring(SUBJECT_PREFIX.length()).strip(), values)
                .replaceAll("\\s+", " ");
        String body = fill(kind, firstLineEnd < 0 ? "" : template.substring(firstLineEnd + 1).strip(), values) + "\n";
        if (PersonalIdentityNumberGuard.containsPersonalIdentityNumber(subject)
                || PersonalIdentityNumberGuard.containsPersonalIdentityNumber(body)) {
            throw new IllegalStateException("The " + kind + " mail would carry a personal identity number; not sent");
        }
        return new Rendered(subject, body);
    }

    private static String fill(NotificationKind kind, String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for ${" + matcher.group(1) + "} in " + kind.template());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = NotificationTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing notification template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
