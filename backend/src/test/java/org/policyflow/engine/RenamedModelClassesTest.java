package org.policyflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.policyflow.calendar.ReportingDeadlines;

class RenamedModelClassesTest {

    private final ClassLoader engineLoader = configuredLoader();

    @Test
    void oldModelVersionsFindTheClassesThatMoved() throws Exception {
        assertThat(engineLoader.loadClass("org.policyflow.workflow.TaskTitle")).isSameAs(TaskTitle.class);
        assertThat(engineLoader.loadClass("org.policyflow.workflow.ReportingDeadlines"))
                .isSameAs(ReportingDeadlines.class);
    }

    @Test
    void everyOtherNameLoadsAsBefore() throws Exception {
        assertThat(engineLoader.loadClass(TaskTitle.class.getName())).isSameAs(TaskTitle.class);
        assertThatThrownBy(() -> engineLoader.loadClass("org.policyflow.workflow.FormValues"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    private static ClassLoader configuredLoader() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        new RenamedModelClasses().preInit(configuration);
        return configuration.getClassLoader();
    }
}
