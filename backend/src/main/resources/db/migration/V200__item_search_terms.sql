-- Owned by org.policyflow.plan: the words an item can be found by. Every character and every pair of adjacent
-- characters of its title, label and business key, written with the item (ItemTerms) and read by ItemSearch, so that
-- a search for a word of a title reads a few index ranges of this narrow table instead of every item's row (an item
-- row carries the item's whole text). plan_id and number give the search's order without reading the item.
create table pf_item_term (
    term              varchar(8)   not null,
    item_id           bigint       not null references pf_item (id),
    plan_id           bigint       not null,
    number            integer      not null,
    primary key (term, item_id)
);

