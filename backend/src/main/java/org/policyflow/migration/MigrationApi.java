package org.policyflow.migration;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.lang.Nullable;

/** What the migration endpoints take and answer (/api/migrations). */
final class MigrationApi {

    private MigrationApi() {
    }

    /** Which running instances of the older versions to move. */
    enum Selection { ALL, PLAN, ONE }

    /**
     * The modeller's change to the generated plan: map a source activity elsewhere (ids changed), or leave it
     * unmapped (targetActivityId null).
     */
    record MigrationAdjustment(String sourceDefinitionId, String sourceActivityId, @Nullable String targetActivityId) {
    }

    /**
     * @param processDefinitionKey the process whose older versions' instances move to its latest version
     * @param mappings             changes to the generated mappings, none for the generated plan as it is
     * @param selection            ALL (default), PLAN (the items of one plan) or ONE (one instance)
     * @param docNumber            PLAN: the plan's document number; the items' business keys start with it
     * @param processInstanceId    ONE: the instance
     */
    record MigrationRequest(String processDefinitionKey, @Nullable List<MigrationAdjustment> mappings,
                            @Nullable Selection selection, @Nullable String docNumber,
                            @Nullable String processInstanceId) {
    }

    /** A source activity and where it goes; problems (Chinese) make the plan invalid. */
    record MigrationMapping(String sourceActivityId, @Nullable String sourceName, String targetActivityId,
                            @Nullable String targetName, boolean updateEventTrigger, List<String> problems) {
    }

    /**
     * An activity of the old version where instances can wait that the plan does not map.
     *
     * @param waiting instances of the old version in it now: they cannot move
     */
    record MigrationUnmapped(String activityId, @Nullable String name, String type, long waiting) {
    }

    /** An instance tried against the plan (and rolled back): whether it can move, and why not. */
    record MigrationInstanceCheck(String processInstanceId, @Nullable String businessKey, boolean movable,
                                  List<String> problems) {
    }

    /**
     * The plan from one older version to the latest.
     *
     * @param runningInstances every running instance of the source version
     * @param planProblems     why the plan itself is invalid (Chinese), empty when it may run
     * @param instances        the chosen instances, each tried against the plan (at most
     *                         {@value MigrationRuns#CHECKED})
     * @param unchecked        chosen instances beyond those tried
     */
    record MigrationProposal(String sourceDefinitionId, int sourceVersion, long runningInstances,
                             List<MigrationMapping> mapped, List<MigrationUnmapped> unmapped,
                             List<String> planProblems, List<MigrationInstanceCheck> instances, int unchecked) {
    }

    /**
     * The plans of one process key to its latest version.
     *
     * @param calledProcesses the keys the latest version calls (reporting-period, escalation): their instances are
     *                        separate and move with their own key's plan
     */
    record MigrationPlans(String processDefinitionKey, String targetDefinitionId, int targetVersion,
                          List<MigrationProposal> sources, List<String> calledProcesses) {
    }

    /** One instance of a run; outcome MOVED, FAILED, ENDED, or null while its batch runs. */
    record MigrationInstanceOutcome(String processInstanceId, @Nullable String businessKey, int sourceVersion,
                                    @Nullable String outcome) {
    }

    /**
     * A run and how far its batches are.
     *
     * @param skipped  instances that were chosen but could not move (not sent to the batch), with why
     * @param failures why batch jobs failed (Chinese where the kind is known)
     */
    record MigrationProgress(long id, String processDefinitionKey, int targetVersion, String startedBy,
                             OffsetDateTime startedAt, int total, int moved, int failed, boolean finished,
                             List<MigrationInstanceOutcome> instances, List<MigrationInstanceCheck> skipped,
                             List<String> failures) {
    }
}
