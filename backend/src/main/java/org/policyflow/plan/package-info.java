/**
 * Plans: reading a plan document into its sections, action items, responsible bodies and numeric targets
 * ({@code PlanReader}), importing it after a preview ({@code ImportService}, one transaction), reading imported plans
 * back ({@code PlanQueries}) and the {@code parse} command line.
 * <p>
 * Owns pf_plan, pf_plan_section, pf_item, pf_item_body and pf_target. Publishes {@link org.policyflow.plan.PlanImported}
 * (in the import's transaction, with every item and its bodies), the query class {@link org.policyflow.plan.PlanQueries}
 * (a plan's calendar basis, a body's role in an item, an item's participants) and the views v_item (an item's number,
 * labels and business key), v_target (an item's numeric targets), v_plan (document number and title) and v_item_body
 * (who carries an item, in which role).
 */
@org.policyflow.OwnsTables(value = {"pf_plan", "pf_plan_section", "pf_item", "pf_item_body", "pf_target"},
        views = {"v_item", "v_target", "v_plan", "v_item_body"})
package org.policyflow.plan;
