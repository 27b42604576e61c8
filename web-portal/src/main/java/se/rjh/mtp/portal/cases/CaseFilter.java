package se.rjh.mtp.portal.cases;

import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.view.CaseListOrder;

/** What the case list asks case-service for; every part optional, newest received first unless sorted otherwise. */
public record CaseFilter(CaseStep step, CaseType caseType, String q, int page, int size, CaseListOrder sort) {

    public static final int PAGE_SIZE = 20;

    public CaseFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? PAGE_SIZE : Math.min(size, 200);
        sort = sort == null ? CaseListOrder.RECEIVED_NEWEST : sort;
    }

    public CaseFilter(CaseStep step, CaseType caseType, String q, int page, int size) {
        this(step, caseType, q, page, size, null);
    }

    /** The cases of a step that have waited longest: a work list. */
    public static CaseFilter inStep(CaseStep step, int size) {
        return new CaseFilter(step, null, null, 0, size, CaseListOrder.RECEIVED_OLDEST);
    }
}
