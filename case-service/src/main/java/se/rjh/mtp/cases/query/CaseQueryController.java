package se.rjh.mtp.cases.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.platform.security.Access;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Ärenden (läsning)", description = "Ärendelista, ärendets uppgifter och dess fullständiga historik")
class CaseQueryController {

    /** The {@code caseOfficer} filter's word for the signed-in user. */
    static final String ME = "me";

    private final CaseQueries queries;

    CaseQueryController(CaseQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "A case as it stands now, masked on a secrecy-marked case for readers without access")
    @GetMapping("/{id}")
    @Access.SignedIn
    CaseView details(@PathVariable String id, Authentication user) {
        return queries.details(id, roles(user));
    }

    @Operation(summary = "Every event of the case in order: what happened, when, by whom")
    @GetMapping("/{id}/history")
    @Access.SignedIn
    List<HistoryEntry> history(@PathVariable String id, Authentication user) {
        return queries.history(id, roles(user));
    }

    @Operation(summary = "The case list, newest received first unless sorted otherwise, filtered by step, type, case officer and free text")
    @GetMapping
    @Access.SignedIn
    CasePage list(@RequestParam(required = false) CaseStep step,
                  @RequestParam(required = false) CaseType caseType,
                  @Parameter(description = "Free text, matched in diarienummer, subject and submitter")
                  @RequestParam(required = false) String q,
                  @Parameter(description = "The case officer's user name, or " + ME + " for the signed-in user")
                  @RequestParam(required = false) String caseOfficer,
                  @RequestParam(defaultValue = "0") int page,
                  @Parameter(description = "Page size, 1-" + CaseQueries.MAX_PAGE_SIZE)
                  @RequestParam(defaultValue = "20") int size,
                  @Parameter(description = "The order: receivedOn,desc (newest first) or receivedOn,asc (oldest first)")
                  @RequestParam(defaultValue = "receivedOn,desc") String sort,
                  Authentication user) {
        String officer = ME.equals(caseOfficer) && user != null ? user.getName() : caseOfficer;
        CaseListOrder order = CaseListOrder.of(sort.strip())
                .orElseThrow(() -> new InvalidInputException("sort", "must be " + CaseListOrder.accepted()));
        return queries.list(step, caseType, q, officer, page, size, order, roles(user));
    }

    private static List<String> roles(Authentication user) {
        return user == null ? List.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
