package se.rjh.mtp.guidelines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can move; it outlives a service restart, like the real calendar does. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MutableClock(LocalDate today) {
        this.now = new AtomicReference<>(at(today));
    }

    public void setToday(LocalDate today) {
        now.set(at(today));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
