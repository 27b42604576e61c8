package se.rjh.mtp.guidelines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.guidelines.*;

/**
 * Snapshots are written with the platform's Jackson settings; the aggregate's private state must survive the round
 * trip, or a guideline with many events would forget its versions once snapshotted.
 */
class GuidelineSnapshotTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void guidelineStateSurvivesASnapshot() throws Exception {
        Guideline guideline = new Guideline();
        for (Object event : v1Published()) {
            source(guideline, event);
        }
        source(guideline, new VersionDrafted(NUMBER, 2, "ny", "Revision", AUTHOR, 1));
        source(guideline, new VersionSubmittedForReview(NUMBER, 2, List.of(REVIEWER), AUTHOR));
        source(guideline, new GuidelineRevisionRequested(NUMBER, "c1", "MTP/1/2026", "f1", "x"));

        Guideline copy = mapper.readValue(mapper.writeValueAsString(guideline), Guideline.class);
        assertThat(copy).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(guideline);
        assertThat(copy.versions).containsKeys(1, 2);
    }

    @Test
    void numberSeriesSurvivesASnapshot() throws Exception {
        GuidelineNumberSeries series = new GuidelineNumberSeries();
        series.on(new GuidelineNumberAllocated(GuidelineNumberSeries.SERIES_ID, 4, "RL-MTP-4", "c1/f1"));
        GuidelineNumberSeries copy = mapper.readValue(mapper.writeValueAsString(series), GuidelineNumberSeries.class);
        assertThat(copy).usingRecursiveComparison().isEqualTo(series);
        assertThat(copy.numberFor("c1/f1")).isEqualTo("RL-MTP-4");
    }

    private static void source(Guideline guideline, Object event) throws Exception {
        var handler = findHandler(guideline.getClass(), event.getClass());
        handler.setAccessible(true);
        handler.invoke(guideline, event);
    }

    private static java.lang.reflect.Method findHandler(Class<?> type, Class<?> eventType) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod("on", eventType);
            } catch (NoSuchMethodException next) {
                // look in the superclass
            }
        }
        throw new NoSuchMethodException("on(" + eventType.getSimpleName() + ")");
    }
}
