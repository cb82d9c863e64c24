package org.policyflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the engine's own tables lack for the way PolicyFlow uses them, applied once the engine has created or updated
 * its schema (Flyway runs before it, on a schema without the engine's tables), on every start and only if missing.
 * <ul>
 * <li>Completing a task makes the engine look for its sub-tasks ({@code where PARENT_TASK_ID_ = ?}); Camunda ships no
 * index on that column, so every completion read the whole task table: a fifth of a completion's time at 6,800 open
 * tasks, growing with every plan imported (docs/BENCHMARKS.md §2).</li>
 * <li>H2 plans with column statistics it gathers only after 2,000 changes to a table; until then every column counts
 * as equally selective, and fetching an execution's variables ({@code where EXECUTION_ID_ = ? and TASK_ID_ is null})
 * went through the index on TASK_ID_, which is null for nearly every variable: each fetch read all variables of all
 * running instances (12 % of the seed year's server time). PostgreSQL keeps its own statistics.</li>
 * </ul>
 */
@Component
class EngineTableTuning extends AbstractProcessEnginePlugin {

    /** The index's name carries PolicyFlow's prefix so it never meets one of Camunda's. */
    private static final String SUB_TASK_INDEX =
            "create index if not exists PF_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)";
    /** H2's selectivity 1: about one distinct value in a hundred rows, as for a column that is nearly always null. */
    private static final String H2_VARIABLE_TASK_SELECTIVITY =
            "alter table ACT_RU_VARIABLE alter column TASK_ID_ selectivity 1";

    private static final Logger log = LoggerFactory.getLogger(EngineTableTuning.class);

    private final JdbcClient jdbc;

    EngineTableTuning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        apply(SUB_TASK_INDEX);
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if ("h2".equals(configuration.getDatabaseType())) {
            apply(H2_VARIABLE_TASK_SELECTIVITY);
        }
    }

    private void apply(String statement) {
        try {
            jdbc.sql(statement).update();
        } catch (DataAccessException notApplied) {
            // another node of the cluster may be creating the same index at this moment; the engine works without it
            log.warn("Not applied to the engine's tables: {}: {}", statement, notApplied.getMessage());
        }
    }
}
