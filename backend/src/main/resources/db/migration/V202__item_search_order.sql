-- Owned by org.policyflow.plan. ItemSearch walks one term's items in the search's order (newest plan first, each
-- plan's items in document order) and stops at the first matches, so a word found in thousands of items reads a few
-- dozen entries; grouping all the items of every term of the query took 70 ms at 6,000 items (docs/BENCHMARKS.md §11).
create index pf_item_term_order on pf_item_term (term, plan_id desc, number);
