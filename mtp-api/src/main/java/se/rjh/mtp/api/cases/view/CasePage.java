package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the case list, newest received first. */
@Schema(description = "One page of the case list, newest received first.")
public record CasePage(
        @Schema(description = "The cases on this page.") List<CaseListItem> items,
        @Schema(description = "The page number, from 0.") int page,
        @Schema(description = "The page size asked for.") int size,
        @Schema(description = "How many cases match in all.") long total) {
}
