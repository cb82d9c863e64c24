/**
 * Plans: reading a plan document into its sections, action items, responsible bodies and numeric targets
 * ({@code PlanReader}), importing it after a preview ({@code ImportService}, one transaction), reading imported plans
 * back ({@code PlanQueries}) and the {@code parse} command line.
 * <p>
 * Owns pf_plan, pf_plan_section, pf_item, pf_item_body, pf_target and pf_item_term (the item search index, written
 * with the items). Publishes {@link org.policyflow.plan.PlanImported} (in the import's transaction, with every item
 * and its bodies), the query classes {@link org.policyflow.plan.PlanQueries} (a plan's calendar basis, a body's role
 * in an item, an item's participants) and {@link org.policyflow.plan.ItemSearch} (the items whose title contains a
 * text), and the views v_item (an item's number, labels and business key), v_target (an item's numeric targets),
 * v_plan (document number and title) and v_item_body (who carries an item, in which role).
 */
@org.policyflow.OwnsTables(value = {"pf_plan", "pf_plan_section", "pf_item", "pf_item_body", "pf_target",
        "pf_item_term"}, views = {"v_item", "v_target", "v_plan", "v_item_body"})
package org.policyflow.plan;
