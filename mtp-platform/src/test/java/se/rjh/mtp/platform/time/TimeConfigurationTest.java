package se.rjh.mtp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

class TimeConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfiguration.class);

    @Test
    void everyServiceReadsTodayInStockholmUnlessConfigured() {
        runner.run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Stockholm")));
        runner.withPropertyValues("mtp.time.zone=UTC")
                .run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("UTC")));
    }

    @Test
    void aClockRegisteredByATestReplacesThePlatformClock() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
        runner.withInitializer(context -> context.getBeanFactory().registerSingleton("clock", fixed))
                .run(context -> {
                    assertThat(context.getBeansOfType(Clock.class)).hasSize(1);
                    assertThat(context.getBean(Clock.class)).isSameAs(fixed);
                });
    }

    /** A request's date that must not lie ahead. */
    record Received(@PastOrPresent LocalDate on) {
    }

    @Test
    void validationTakesTodayFromTheClockNotFromTheJvmsZone() {
        // 00:30 in Stockholm on 2 June 2031 (22:30 UTC on 1 June): a day no real clock has reached yet.
        Clock stockholm = Clock.fixed(Instant.parse("2031-06-01T22:30:00Z"), ZoneId.of("Europe/Stockholm"));
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withInitializer(context -> context.getBeanFactory().registerSingleton("clock", stockholm))
                .run(context -> {
                    Validator validator = context.getBean(Validator.class);
                    assertThat(validator.validate(new Received(LocalDate.parse("2031-06-02")))).isEmpty();
                    assertThat(validator.validate(new Received(LocalDate.parse("2031-06-03")))).hasSize(1);
                });
    }

    @Test
    void theHolidaysAreConfiguredAsDates() {
        runner.withPropertyValues("mtp.time.holidays=2026-06-19,2026-12-24").run(context -> {
            WorkingDays days = context.getBean(WorkingDays.class);
            assertThat(days.isWorkingDay(LocalDate.parse("2026-06-19"))).isFalse();
            assertThat(days.isWorkingDay(LocalDate.parse("2026-06-18"))).isTrue();
        });
        runner.run(context -> assertThat(context.getBean(WorkingDays.class)
                .isWorkingDay(LocalDate.parse("2026-06-19"))).isTrue());
    }

    /** The defaults every service reads: Sweden's holidays of 2026 and 2027, each on its date. */
    @Test
    void theDefaultsListSwedensHolidaysOf2026And2027() {
        runner.withInitializer(context -> {
            try {
                new YamlPropertySourceLoader().load("defaults", new ClassPathResource("mtp-defaults.yml"))
                        .forEach(context.getEnvironment().getPropertySources()::addLast);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).run(context -> {
            TimeProperties time = context.getBean(TimeProperties.class);
            assertThat(time.holidays()).hasSize(24).extracting(LocalDate::getYear).containsOnly(2026, 2027);
            // Långfredagen and annandag påsk around Easter Sunday (5 April 2026, 28 March 2027), Kristi himmelfärd
            // 39 days after it, midsommarafton the Friday between 19 and 25 June.
            assertThat(time.holidays()).contains(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
                    LocalDate.parse("2026-05-14"), LocalDate.parse("2026-06-19"), LocalDate.parse("2027-03-26"),
                    LocalDate.parse("2027-03-29"), LocalDate.parse("2027-05-06"), LocalDate.parse("2027-06-25"));
            assertThat(time.holidays()).filteredOn(d -> d.getMonthValue() == 6 && d.getDayOfMonth() > 18)
                    .extracting(LocalDate::getDayOfWeek).containsOnly(DayOfWeek.FRIDAY);
            WorkingDays days = context.getBean(WorkingDays.class);
            assertThat(days.isWorkingDay(LocalDate.parse("2026-12-23"))).isTrue();
            assertThat(days.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
            assertThat(days.isWorkingDay(LocalDate.parse("2027-01-06"))).isFalse();
        });
    }
}
