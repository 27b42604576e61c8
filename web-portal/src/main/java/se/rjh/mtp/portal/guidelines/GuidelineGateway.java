package se.rjh.mtp.portal.guidelines;

import java.util.List;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;

/**
 * guideline-service as the portal's guideline pages use it. A refusal is a
 * {@link se.rjh.mtp.portal.cases.ServiceRefusal}; a service that does not answer a
 * {@link se.rjh.mtp.portal.cases.ServiceUnavailableException}.
 */
public interface GuidelineGateway {

    /** The published library ({@code inForceOnly}) or every guideline in any state, searched on text and regulation. */
    List<LibraryEntry> search(String text, String regulation, boolean inForceOnly);

    GuidelineView guideline(String documentNumber);

    List<DiffLine> diff(String documentNumber, int from, int to);

    /** @param withinDays 30, 60 or 90 */
    List<ReviewDueItem> reviewSchedule(int withinDays);

    /** @return the new guideline's document number */
    String draft(GuidelineCommands.NewGuideline guideline);

    /** @return the new draft version's number */
    int revise(String documentNumber, GuidelineCommands.Revision revision);

    void changeContent(String documentNumber, int version, GuidelineCommands.DraftContent content);

    void submitForReview(String documentNumber, int version, GuidelineCommands.Submission submission);

    void recordVerdict(String documentNumber, int version, GuidelineCommands.Verdict verdict);

    void approve(String documentNumber, int version);

    void publish(String documentNumber, int version, GuidelineCommands.Publish publish);

    /** Acknowledges (kvitterar) the regulatory-change flag raised by that case follow-up. */
    void acknowledgeFlag(String documentNumber, String followUpId);
}
