package se.rjh.mtp.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SaturationTest {

    private static final LoadAverage IDLE = new LoadAverage(0.5, 0.5, 0.5);

    private static Saturation.Step step(int clients, long requests, long errors, double p99Ms) {
        return new Saturation.Step(clients, requests, errors, 10, 1, 2, p99Ms, IDLE, IDLE);
    }

    @Test
    void picksTheHighestThroughputWithinTheLimitNotTheLastOne() {
        List<Saturation.Step> steps = List.of(step(1, 100, 0, 20), step(4, 900, 0, 240), step(8, 800, 0, 200),
                                              step(16, 1500, 0, 900));

        assertThat(Saturation.best(steps, 250)).get().extracting(Saturation.Step::clients).isEqualTo(4);
    }

    @Test
    void theLimitIsInclusiveAndErrorsDisqualify() {
        List<Saturation.Step> steps = List.of(step(1, 100, 0, 250), step(2, 300, 1, 50));

        assertThat(Saturation.best(steps, 250)).get().extracting(Saturation.Step::clients).isEqualTo(1);
        assertThat(Saturation.best(steps, 249.9)).isEmpty();
    }

    @Test
    void aStepWithoutAnswersIsNotSustained() {
        assertThat(Saturation.best(List.of(step(1, 0, 0, 0)), 250)).isEmpty();
    }

    @Test
    void throughputIsAnsweredRequestsPerSecond() {
        assertThat(step(4, 1234, 0, 10).throughput()).isEqualTo(123.4);
    }

    @Test
    void theReportNamesTheBestStepOrNone() {
        List<Saturation.Step> steps = List.of(step(1, 100, 0, 20), step(2, 150, 0, 300));

        assertThat(ClosedLoopReport.bestLine(steps, 250)).contains("**10.0 req/s** at 1 clients");
        assertThat(ClosedLoopReport.bestLine(steps, 10)).contains("**none**");
    }
}
