package org.policyflow.escalation;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.policyflow.PolicyFlowApplication;

/** Time as the engine sees it, so recorded times agree with due dates and timers (tests move the engine's clock). */
final class EngineTime {

    static final ZoneId ZONE = ZoneId.of(PolicyFlowApplication.TIME_ZONE);

    private EngineTime() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }
}
