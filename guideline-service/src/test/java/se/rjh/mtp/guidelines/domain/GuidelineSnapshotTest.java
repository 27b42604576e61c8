package se.rjh.mtp.guidelines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.*;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.platform.eventstore.SerializerConfiguration;

/**
 * Snapshots are written by the platform's snapshot serializer, which reads and writes fields only. Each aggregate's
 * private state, members included, must survive the round trip, or a guideline with many events would forget its
 * versions and review rounds once snapshotted.
 */
class GuidelineSnapshotTest {

    private final Serializer serializer = new SerializerConfiguration().snapshotSerializer();

    @Test
    void guidelineStateSurvivesASnapshot() throws Exception {
        Guideline guideline = new Guideline();
        for (Object event : v1Published()) {
            source(guideline, event);
        }
        source(guideline, new VersionDrafted(NUMBER, 2, "ny", "Revision", AUTHOR, 1));
        source(guideline, new DraftContentChanged(NUMBER, 2, "nyare", null, "registrator"));
        source(guideline, new VersionSubmittedForReview(NUMBER, 2, List.of(REVIEWER, CHAIR), AUTHOR));
        source(guideline, new ReviewVerdictRecorded(NUMBER, 2, REVIEWER, ReviewVerdict.APPROVE, null));
        source(guideline, new GuidelineRevisionRequested(NUMBER, "c1", "MTP/1/2026", "f1", "x"));
        source(guideline, new GuidelineReviewDue(NUMBER, 1, TODAY.plusMonths(12), "Egentillverkning av MTP"));
        source(guideline, new GuidelineFlaggedForRegulatoryChange(NUMBER, "c2", "MTP/2/2026", "f2", "MDR Art. 5"));
        source(guideline, new GuidelineFlaggedForRegulatoryChange(NUMBER, "c3", "MTP/3/2026", "f3", "MDR Art. 5"));
        source(guideline, new RegulatoryFlagAcknowledged(NUMBER, "c2", "f2", AUTHOR, TODAY));

        SerializedObject<byte[]> snapshot = serializer.serialize(guideline, byte[].class);
        Guideline copy = serializer.deserialize(snapshot);

        assertThat(new String(snapshot.getData(), StandardCharsets.UTF_8))
                .contains("\"documentNumber\":\"" + NUMBER + "\"", "\"verdicts\":{\"" + REVIEWER + "\":\"APPROVE\"}");
        assertThat(copy).usingRecursiveComparison().isEqualTo(guideline);
        assertThat(field(copy, "versions")).asInstanceOf(MAP).containsOnlyKeys(1, 2)
                .isEqualTo(field(guideline, "versions"));
        assertThat(field(copy, "unacknowledgedFlags")).asInstanceOf(MAP).containsOnlyKeys("f3");
    }

    @Test
    void numberSeriesSurvivesASnapshot() {
        GuidelineNumberSeries series = new GuidelineNumberSeries();
        series.on(new GuidelineNumberAllocated(GuidelineNumberSeries.SERIES_ID, 4, "RL-MTP-4", "c1/f1"));

        GuidelineNumberSeries copy = serializer.deserialize(serializer.serialize(series, byte[].class));

        assertThat(copy).usingRecursiveComparison().isEqualTo(series);
        assertThat(copy.idFor("c1/f1")).isEqualTo("RL-MTP-4");
        assertThat(copy).extracting("numbers.lastNumber").isEqualTo(4L);
    }

    private static void source(Guideline guideline, Object event) throws Exception {
        Method handler = Guideline.class.getDeclaredMethod("on", event.getClass());
        handler.setAccessible(true);
        handler.invoke(guideline, event);
    }

    private static Object field(Object target, String name) throws Exception {
        var field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
