package org.policyflow.escalation;

import org.camunda.bpm.engine.RuntimeService;
import org.policyflow.engine.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, ends every open escalation whose process instance is gone (cause CANCELLED). Instances of the escalation
 * model from before its end listener (EscalationEnded) left such rows when their caller cancelled them, e.g. when the
 * late material arrived during the rectification; they would stay on the desk with no task to act on.
 */
@Component
class EscalationOrphans {

    private static final Logger log = LoggerFactory.getLogger(EscalationOrphans.class);

    private final EscalationRepository repository;
    private final RuntimeService runtime;
    private final EngineClock clock;

    EscalationOrphans(EscalationRepository repository, RuntimeService runtime, EngineClock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void endOrphans() {
        int ended = 0;
        for (String instance : repository.openInstances()) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0
                    && repository.end(instance, new EscalationRepository.Ending(EscalationEnd.CANCELLED.name(),
                    EscalationEnd.CANCELLED.note(), null), clock.now())) {
                ended++;
            }
        }
        if (ended > 0) {
            log.info("{} open escalations had no process instance any more; recorded as cancelled", ended);
        }
    }
}
