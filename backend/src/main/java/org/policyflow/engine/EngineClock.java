package org.policyflow.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * PolicyFlow's one clock: time as the engine sees it, in Suzhou, so recorded times agree with due dates and timers.
 * Tests move the engine's clock to fire timers (camunda-bpm-assert, the process tests), and lateness, timestamps and
 * "today" move with it; nothing in PolicyFlow reads the wall clock for a date or a time of record.
 */
@Component
public class EngineClock {

    /** The plan, its due dates, the engine's timers and every time the API shows all live in Suzhou's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZONE);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }
}
