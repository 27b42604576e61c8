package se.rjh.mtp.portal.cases;

import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;

/** What the case list asks case-service for; every part optional. */
public record CaseFilter(CaseStep step, CaseType caseType, String q, int page, int size) {

    public static final int PAGE_SIZE = 20;

    public CaseFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? PAGE_SIZE : Math.min(size, 200);
    }

    public static CaseFilter inStep(CaseStep step, int size) {
        return new CaseFilter(step, null, null, 0, size);
    }
}
