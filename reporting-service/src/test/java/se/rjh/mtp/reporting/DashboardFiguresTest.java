package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.reporting.dashboard.DashboardFigures;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.testsupport.MutableClock;

/**
 * The dashboards' figures read whole row collections, so every reader shares one computation until the read models
 * change. A row is written behind the writer's back here, as another instance of the service would: the shared
 * figures do not see it until this writer applies a batch, the day turns, or {@link DashboardFigures#MAX_AGE} passes.
 */
class DashboardFiguresTest {

    @AutoClose
    private static final WireMongo MONGO = new WireMongo();
    private static final Serializer SERIALIZER = EventFactory.platformLikeSerializer();
    private static final EventFactory EVENTS = new EventFactory(SERIALIZER);

    private final Generations generations = new Generations(MONGO.freshDatabase("figures"));
    private final ReadModelWriter writer = new ReadModelWriter(generations, List.of(new CasePipelineRows(),
            new IncidentRows(), new AssignmentRows(SERIALIZER), new GuidelineRows()));
    private final MutableClock clock = MutableClock.onDay(Scenario.TODAY);
    private final AtomicLong nanoTime = new AtomicLong();
    private final DashboardFigures figures = new DashboardFigures(generations, writer, clock, nanoTime::get);

    @Test
    void oneComputationIsSharedUntilTheWriterAppliesABatch() {
        feed("a");
        PipelineReport first = figures.pipeline();
        assertThat(first.total()).isEqualTo(2);

        copyACaseRowBehindTheWritersBack();
        assertThat(figures.pipeline()).isSameAs(first);
        assertThat(figures.all().pipeline().total()).isEqualTo(2);

        feed("b");
        assertThat(figures.pipeline().total()).isEqualTo(5);
    }

    @Test
    void computedAgainWhenTheDayTurns() {
        feed("a");
        PipelineReport first = figures.pipeline();
        copyACaseRowBehindTheWritersBack();

        clock.setToday(Scenario.TODAY.plusDays(1));
        assertThat(figures.pipeline()).isNotSameAs(first);
        assertThat(figures.pipeline().total()).isEqualTo(3);
    }

    @Test
    void rowsWrittenElsewhereAreReadOnceTheFiguresAreOlderThanTheirMaximumAge() {
        feed("a");
        figures.all();
        copyACaseRowBehindTheWritersBack();

        nanoTime.addAndGet(DashboardFigures.MAX_AGE.toNanos() - 1);
        assertThat(figures.pipeline().total()).isEqualTo(2);
        nanoTime.incrementAndGet();
        assertThat(figures.pipeline().total()).isEqualTo(3);
    }

    private void feed(String prefix) {
        writer.apply(new Scenario(EVENTS, prefix).events.stream().map(m -> AuditRecords.from(m, SERIALIZER)).toList(),
                generations.active());
    }

    private void copyACaseRowBehindTheWritersBack() {
        MongoCollection<Document> rows = generations.active(CasePipelineRows.MODEL);
        Document copy = rows.find().first();
        copy.put("_id", "written-elsewhere");
        rows.insertOne(copy);
    }
}
