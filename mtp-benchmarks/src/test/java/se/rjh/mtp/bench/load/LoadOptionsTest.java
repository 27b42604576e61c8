package se.rjh.mtp.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaultsAreTheOpenLoopTargetRun() {
        LoadOptions o = LoadOptions.parse(new String[0]);

        assertThat(o.rate()).isEqualTo(200);
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.openLoop()).isTrue();
        assertThat(o.closedLoop()).isFalse();
        assertThat(o.engineBaseline()).isFalse();
        assertThat(o.urls()).isNull();
        assertThat(o.p99LimitMs()).isEqualTo(250);
    }

    @Test
    void portalUsersRunThePortalMixInsteadOfTheServicesMix() {
        LoadOptions started = LoadOptions.parse(new String[]{"--portal-users", "20", "--portal-think", "500ms"});
        assertThat(started.portalUsers()).isEqualTo(20);
        assertThat(started.portalThink()).isEqualTo(Duration.ofMillis(500));
        assertThat(started.openLoop()).isFalse();
        assertThat(started.portal()).as("none given: the run starts its own").isNull();

        LoadOptions local = LoadOptions.parse(new String[]{"--portal-users", "5", "--local"});
        assertThat(local.portal()).isEqualTo("http://127.0.0.1:8080");
        assertThat(local.portalThink()).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoadOptions.parse(new String[]{"--portal-users", "5", "--portal", "http://portal:8080/"}).portal())
                .isEqualTo("http://portal:8080");
        assertThatThrownBy(() -> LoadOptions.parse(new String[]{"--portal-users", "-1"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LoadOptions.parse(new String[0]).portalUsers()).isZero();
    }

    @Test
    void clientsAloneRunOnlyTheClosedLoop() {
        LoadOptions o = LoadOptions.parse(new String[]{"--clients", "1, 4,16", "--step", "10s", "--warmup", "5s",
                "--settle", "2s", "--p99-limit", "100"});

        assertThat(o.clients()).containsExactly(1, 4, 16);
        assertThat(o.openLoop()).isFalse();
        assertThat(o.step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.settle()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.p99LimitMs()).isEqualTo(100);
    }

    @Test
    void closedIsOneStepAndAnExplicitRateAddsTheOpenLoop() {
        LoadOptions o = LoadOptions.parse(new String[]{"--rate", "50", "--closed", "8", "--engine-baseline", "--local"});

        assertThat(o.clients()).isEqualTo(List.of(8));
        assertThat(o.openLoop()).isTrue();
        assertThat(o.closedLoop()).isTrue();
        assertThat(o.engineBaseline()).isTrue();
        assertThat(o.urls()).isEqualTo(Targets.local());
    }

    @Test
    void refusesBadValues() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[]{"--clients", "2,0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--clients");
        assertThatThrownBy(() -> LoadOptions.parse(new String[]{"--clients", " , "}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse(new String[]{"--step", "0s"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--step");
        assertThatThrownBy(() -> LoadOptions.parse(new String[]{"--closed"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LoadOptions.parse(new String[]{"--bogus"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown option");
    }

    @Test
    void durations() {
        assertThat(LoadOptions.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(LoadOptions.duration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(LoadOptions.duration("30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoadOptions.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(LoadOptions.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> LoadOptions.duration("3d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsAreShownAsTheyAreSpelled() {
        assertThat(LoadOptions.text(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(LoadOptions.text(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(LoadOptions.text(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(LoadOptions.text(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(LoadOptions.text(Duration.ZERO)).isEqualTo("0ms");
    }
}
