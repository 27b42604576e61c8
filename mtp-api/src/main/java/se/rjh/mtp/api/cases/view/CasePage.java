package se.rjh.mtp.api.cases.view;

import java.util.List;

/**
 * One page of the case list, newest received first.
 *
 * @param items The cases on this page.
 * @param page The page number, from 0.
 * @param size The page size asked for.
 * @param total How many cases match in all.
 */
public record CasePage(
        List<CaseListItem> items,
        int page,
        int size,
        long total) {
}
