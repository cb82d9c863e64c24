package org.policyflow.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.policyflow.PolicyFlowApplication;

/**
 * Time as the engine sees it, in Suzhou, so recorded times agree with due dates and timers (tests move the engine's
 * clock to fire timers, and lateness and timestamps move with it).
 */
public final class EngineTime {

    public static final ZoneId ZONE = ZoneId.of(PolicyFlowApplication.TIME_ZONE);

    private EngineTime() {
    }

    public static Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZONE);
    }
}
