package se.rjh.mtp.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadAverageTest {

    @Test
    void parsesTheFirstThreeFieldsOfProcLoadavg() {
        LoadAverage load = LoadAverage.parse("4.63 14.20 12.50 3/812 123456\n");

        assertThat(load).isEqualTo(new LoadAverage(4.63, 14.20, 12.50));
    }

    @Test
    void busyMeansTheOneMinuteAverageAboveTwo() {
        assertThat(new LoadAverage(2.0, 9, 9).busy()).isFalse();
        assertThat(new LoadAverage(2.01, 0, 0).busy()).isTrue();
    }

    @Test
    void describesAndFlagsOnlyWhereAsked() {
        LoadAverage busy = LoadAverage.parse("3.5 1 0.25 1/2 3");

        assertThat(LoadAverage.describe(busy, true)).isEqualTo("3.50 / 1.00 / 0.25 (busy machine)");
        assertThat(LoadAverage.describe(busy, false)).isEqualTo("3.50 / 1.00 / 0.25");
        assertThat(LoadAverage.describe(new LoadAverage(0.1, 0.2, 0.3), true)).isEqualTo("0.10 / 0.20 / 0.30");
        assertThat(LoadAverage.describe(null, true)).isEqualTo("n/a");
    }

    @Test
    void refusesWhatIsNotALoadAverage() {
        assertThatThrownBy(() -> LoadAverage.parse("1.0 2.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadAverage.parse("a b c")).isInstanceOf(NumberFormatException.class);
    }
}
