-- A fact's entity names and aliases are indexed as one text, so their order decides which words
-- stand next to each other for a phrase search. string_agg without ORDER BY takes rows in whatever
-- order the plan yields; a different plan (after a setting or an index changed) could make a phrase
-- match a fact it did not match before, and SQLite's store (names by entity, then each entity's
-- aliases as entered) no longer agree. The order is now spelled out, as SQLite reads it.
CREATE OR REPLACE FUNCTION fact_entity_terms(fact integer) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(term, ' ; ' ORDER BY part, entity_id, entered), '') FROM (
    SELECT 0 AS part, e.id AS entity_id, 0 AS entered, e.name AS term
      FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = fact
    UNION ALL
    SELECT 1, a.entity_id, a.entered, a.alias
      FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = fact
  ) terms
$$;
UPDATE facts_fts SET entities = fact_entity_terms(fact_id) WHERE entities IS DISTINCT FROM fact_entity_terms(fact_id);
