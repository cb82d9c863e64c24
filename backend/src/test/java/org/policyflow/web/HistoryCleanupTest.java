package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Years of plans do not grow the history without bound: a cleanup job runs in the night window on every model. */
class HistoryCleanupTest extends RunningApplication {

    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void cleanupJobIsScheduledInTheNightWindowAndEveryModelHasATimeToLive() {
        assertThat(historyService.findHistoryCleanupJobs()).isNotEmpty().allSatisfy((Job job) -> {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime();
            assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        });
        assertThat(repositoryService.createProcessDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isPositive());
        assertThat(repositoryService.createDecisionDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isPositive());
    }
}
