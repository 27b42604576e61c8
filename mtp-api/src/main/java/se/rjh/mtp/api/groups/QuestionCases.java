package se.rjh.mtp.api.groups;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The case a LAG's question becomes: its id follows from the question's id alone, so a redelivered
 * {@link QuestionRaised} finds the case it already opened, and a page can link a question to its case before the case
 * has been decided.
 */
public final class QuestionCases {

    private QuestionCases() {
    }

    /** The id case-service gives the case it opens for the question {@code questionId}. */
    public static String caseIdFor(String questionId) {
        return UUID.nameUUIDFromBytes(("lag-question:" + questionId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
