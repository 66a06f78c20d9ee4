-- Each fact's entity names and aliases as one text, for every fact at once: a copy or rebuild
-- fills the whole index from this view with one grouped join, where calling fact_entity_terms()
-- per fact ran a separate plan for each row (chosen before the copied tables had statistics, so
-- a scan of every link for every fact: a million facts took over an hour). The per-fact function
-- that the triggers call now reads the same view, so both keep one order and one separator; a
-- condition on fact_id reaches through the grouping and the UNION ALL to the link index.
CREATE VIEW fact_entity_term_lists AS
  SELECT fact_id, string_agg(term, ' ; ' ORDER BY part, entity_id, entered) AS terms FROM (
    SELECT fe.fact_id, 0 AS part, e.id AS entity_id, 0 AS entered, e.name AS term
      FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
    UNION ALL
    SELECT fe.fact_id, 1, a.entity_id, a.entered, a.alias
      FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id
  ) terms
  GROUP BY fact_id;

CREATE OR REPLACE FUNCTION fact_entity_terms(fact integer) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT terms FROM fact_entity_term_lists WHERE fact_id = fact), '')
$$;
