package se.rjh.mtp.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.groups.GroupFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentFigures;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.pipeline.PipelineFigures;
import se.rjh.mtp.reporting.readmodel.Generations;

/** Every dashboard's figures, always from the active generation (a running replay is invisible here). */
@Component
public class DashboardFigures {

    private final Generations generations;
    private final Clock clock;

    public DashboardFigures(Generations generations, Clock clock) {
        this.generations = generations;
        this.clock = clock;
    }

    public Map<String, Object> pipeline() {
        return PipelineFigures.compute(rows(CasePipelineRows.MODEL), today());
    }

    public Map<String, Object> workingGroups() {
        return GroupFigures.compute(rows(AssignmentRows.MODEL), today());
    }

    public Map<String, Object> guidelines() {
        return GuidelineFigures.compute(rows(GuidelineRows.MODEL), today());
    }

    public Map<String, Object> incidents() {
        return IncidentFigures.compute(rows(IncidentRows.MODEL));
    }

    public Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("pipeline", pipeline());
        all.put("workingGroups", workingGroups());
        all.put("guidelines", guidelines());
        all.put("incidents", incidents());
        return all;
    }

    private List<Document> rows(String model) {
        return generations.active(model).find().into(new ArrayList<>());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
