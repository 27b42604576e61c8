package se.rjh.mtp.reporting.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.api.reporting.view.IncidentsReport;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.api.reporting.view.WorkingGroupsReport;
import se.rjh.mtp.reporting.devices.DeviceFigures;
import se.rjh.mtp.reporting.devices.DeviceRows;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.groups.GroupFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentFigures;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.pipeline.PipelineFigures;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * Every dashboard's figures, always from the active generation (a running replay is invisible here). The figures
 * count every row of their model, so computing them reads a whole row collection. Each dashboard's figures are
 * therefore computed once and shared by every reader (the pages, the live updates, the gauges) until the read models
 * change: a batch is applied, a replay switches the generation, the day turns, or {@link #MAX_AGE} passes (rows that
 * another instance of the service wrote). One computation per dashboard runs at a time, and while it runs other
 * readers get the figures before it instead of reading the collection too: under load, a computation per request
 * held a copy of every row per request, which ran the service out of heap (BENCHMARKS.md, "The dashboard under
 * overload").
 */
@Component
public class DashboardFigures {

    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final Generations generations;
    private final ReadModelWriter writer;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Shared<PipelineReport> pipeline;
    private final Shared<WorkingGroupsReport> workingGroups;
    private final Shared<GuidelinesReport> guidelines;
    private final Shared<IncidentsReport> incidents;
    private final Shared<InHouseDevicesReport> inHouseDevices;

    @Autowired
    public DashboardFigures(Generations generations, ReadModelWriter writer, Clock clock) {
        this(generations, writer, clock, System::nanoTime);
    }

    /** {@code nanoTime}: the ticker that ages the figures; a test's own, so that a slow machine cannot age them. */
    public DashboardFigures(Generations generations, ReadModelWriter writer, Clock clock, LongSupplier nanoTime) {
        this.generations = generations;
        this.writer = writer;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.pipeline = new Shared<>(today -> PipelineFigures.compute(rows(CasePipelineRows.MODEL).stream()
                .map(row -> CasePipelineRows.view(row.getString("_id"), row)).toList(), today));
        this.workingGroups = new Shared<>(today -> GroupFigures.compute(rows(AssignmentRows.MODEL), today));
        this.guidelines = new Shared<>(today -> GuidelineFigures.compute(rows(GuidelineRows.MODEL), today));
        this.incidents = new Shared<>(today -> IncidentFigures.compute(rows(IncidentRows.MODEL)));
        this.inHouseDevices = new Shared<>(today -> DeviceFigures.compute(rows(DeviceRows.MODEL), today));
    }

    public PipelineReport pipeline() {
        return pipeline.get();
    }

    public WorkingGroupsReport workingGroups() {
        return workingGroups.get();
    }

    public GuidelinesReport guidelines() {
        return guidelines.get();
    }

    public IncidentsReport incidents() {
        return incidents.get();
    }

    public InHouseDevicesReport inHouseDevices() {
        return inHouseDevices.get();
    }

    public DashboardReport all() {
        return new DashboardReport(pipeline(), workingGroups(), guidelines(), incidents(), inHouseDevices());
    }

    private ReadModelState readModelState() {
        return new ReadModelState(generations.active(), writer.appliedBatches(), LocalDate.now(clock));
    }

    private List<Document> rows(String model) {
        return generations.active(model).find().into(new ArrayList<>());
    }

    /** What the figures depend on besides the rows' content. */
    private record ReadModelState(int generation, long appliedBatches, LocalDate today) {
    }

    private record Computed<T>(ReadModelState state, long atNanos, T figures) {
        boolean isCurrent(ReadModelState now, long nowNanos) {
            return state.equals(now) && nowNanos - atNanos < MAX_AGE.toNanos();
        }
    }

    /** One dashboard's figures, computed by one reader at a time and shared while current. */
    private final class Shared<T> {
        private final Function<LocalDate, T> compute;
        private final ReentrantLock computing = new ReentrantLock();
        private volatile Computed<T> last;

        Shared(Function<LocalDate, T> compute) {
            this.compute = compute;
        }

        T get() {
            Computed<T> seen = last;
            if (seen != null && seen.isCurrent(readModelState(), nanoTime.getAsLong())) {
                return seen.figures();
            }
            if (seen == null) {
                computing.lock();
            } else if (!computing.tryLock()) {
                return seen.figures();
            }
            try {
                Computed<T> latest = last;
                if (latest != null && latest.isCurrent(readModelState(), nanoTime.getAsLong())) {
                    return latest.figures();
                }
                // Taken before the rows are read: a batch applied while they are read makes the result stale at once.
                ReadModelState state = readModelState();
                T figures = compute.apply(state.today());
                last = new Computed<>(state, nanoTime.getAsLong(), figures);
                return figures;
            } finally {
                computing.unlock();
            }
        }
    }
}
