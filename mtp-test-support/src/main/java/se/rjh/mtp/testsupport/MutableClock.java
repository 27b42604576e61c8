package se.rjh.mtp.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand, registered as a service's {@code clock} bean. It can outlive a service restart,
 * like the real calendar does, and {@link #withZone} gives a view of the same moving time (not a frozen copy).
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Noon UTC of {@code day}: the same date in every European zone, for tests that think in days. */
    public static MutableClock onDay(LocalDate day) {
        return new MutableClock(noon(day, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Moves to noon of {@code day} in this clock's zone. */
    public void setToday(LocalDate day) {
        now.set(noon(day, zone));
    }

    private static Instant noon(LocalDate day, ZoneId zone) {
        return day.atTime(12, 0).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
