/**
 * Plans: reading a plan document into its sections, action items, responsible bodies and numeric targets
 * ({@code PlanReader}), importing it after a preview ({@code ImportService}, one transaction), reading imported plans
 * back ({@code PlanQueries}) and the {@code parse} command line.
 * <p>
 * Owns pf_plan, pf_plan_section, pf_item, pf_item_body and pf_target. Publishes {@link org.policyflow.plan.PlanImported}
 * (in the import's transaction, with every item and its bodies), the query class {@link org.policyflow.plan.PlanQueries}
 * (a plan's calendar basis, a body's role in an item, an item's participants) and the views v_item (an item's number,
 * labels and business key) and v_target (an item's numeric targets).
 */
@org.policyflow.OwnsTables(value = {"pf_plan", "pf_plan_section", "pf_item", "pf_item_body", "pf_target"},
        views = {"v_item", "v_target"})
package org.policyflow.plan;
