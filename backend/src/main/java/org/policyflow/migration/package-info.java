/**
 * Moving running process instances onto a newer version of their model (Camunda's process instance migration):
 * the plan from each older version with running instances to the latest (equal activities mapped, event triggers
 * updated, the modeller's own mappings where ids changed), its validation and each chosen instance's in Chinese,
 * the run as a Camunda batch with its progress, and who moved which instance from which version, for the item
 * timeline.
 * <p>
 * Owns pf_migration and pf_migration_instance. Publishes the view v_migration_timeline (the item page's events of
 * this package).
 */
@org.policyflow.OwnsTables(value = {"pf_migration", "pf_migration_instance"}, views = {"v_migration_timeline"})
package org.policyflow.migration;
