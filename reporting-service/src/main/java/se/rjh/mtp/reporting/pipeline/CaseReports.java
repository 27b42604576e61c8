package se.rjh.mtp.reporting.pipeline;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.api.reporting.view.CaseRow;
import se.rjh.mtp.reporting.readmodel.Generations;

/** One case's report row from the active generation, masked as its reader must see it. */
@Component
public record CaseReports(Generations generations) {

    public CaseRow byId(String caseId, boolean mayReadProtected) {
        Document row = generations.active(CasePipelineRows.MODEL).find(Filters.eq("_id", caseId)).first();
        if (row == null) {
            throw new NotFoundException("Case", caseId);
        }
        CaseRow view = CasePipelineRows.view(caseId, row);
        return view.secret() && !mayReadProtected ? view.masked(Secrecy.PROTECTED) : view;
    }
}
