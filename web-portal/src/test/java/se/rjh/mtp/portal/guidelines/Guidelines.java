package se.rjh.mtp.portal.guidelines;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.ReviewVerdict;
import se.rjh.mtp.api.guidelines.view.CaseRequestView;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.api.guidelines.view.RegulationReferenceView;
import se.rjh.mtp.api.guidelines.view.ReviewVerdictView;

/** guideline-service's answers as the controller tests need them. */
final class Guidelines {

    static final String NUMBER = "RL-MTP-3";
    static final RegulationReferenceView MDR_5_5 =
            new RegulationReferenceView(RegulationFramework.MDR, "5(5)", "MDR Art. 5(5)");

    private Guidelines() {
    }

    static GuidelineVersionView published(int number, String content) {
        return new GuidelineVersionView(number, "PUBLISHED", content, null, "handlaggare", List.of("handlaggare"), null,
                List.of("lag"), List.of(new ReviewVerdictView("lag", ReviewVerdict.APPROVE, null)), "ordforande",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), null, LocalDate.of(2027, 10, 1));
    }

    static GuidelineVersionView superseded(int number, String content) {
        return new GuidelineVersionView(number, "SUPERSEDED", content, null, "handlaggare", List.of("handlaggare"),
                null, List.of("lag"), List.of(), "ordforande", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 10, 1), null);
    }

    /** A version in review, written by handlaggare, with the reviewers named and the verdicts given so far. */
    static GuidelineVersionView inReview(int number, List<String> reviewers, List<ReviewVerdictView> verdicts) {
        return new GuidelineVersionView(number, "IN_REVIEW", "# Rengöring\n\nNy text.", "Nytt avsnitt", "handlaggare",
                List.of("handlaggare"), number > 1 ? number - 1 : null, reviewers, verdicts, null, null, null, null,
                null);
    }

    static GuidelineVersionView draft(int number, String content) {
        return new GuidelineVersionView(number, "DRAFT", content, "Utkast", "handlaggare", List.of("handlaggare"),
                number > 1 ? number - 1 : null, List.of(), List.of(), null, null, null, null, null);
    }

    static GuidelineView guideline(Integer publishedVersion, List<CaseRequestView> flags,
                                   GuidelineVersionView... versions) {
        return new GuidelineView(NUMBER, GuidelineKind.GUIDELINE, "Diskdesinfektorer", "Sterilcentraler", "LSG MTP",
                "Sterilteknik", List.of(MDR_5_5), 12, "MTP/7/2026", false, null, null, publishedVersion,
                publishedVersion == null ? null : LocalDate.of(2027, 10, 1), null, List.of(), flags, List.of(versions));
    }

    static LibraryEntry entry(String number, String title, Integer published, String openStatus, boolean retired) {
        return new LibraryEntry(number, GuidelineKind.PROCEDURE, title, null, "LSG MTP", null, null, List.of(MDR_5_5),
                retired, published, null, null, null, openStatus == null ? null : 2, openStatus);
    }
}
