-- Full-text and typo-tolerant search. pg_trgm and unaccent are trusted extensions (PostgreSQL 13+):
-- the owner of the database may create them without being a superuser. They go into public, which
-- every base's search_path ends with: created in a base's own schema (BRIEFBOT_DATABASE_SCHEMA),
-- they would be invisible to bases in other schemas of the database, and dropping that schema would
-- take every other base's search indexes with it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- Text is indexed as SQLite's 'porter unicode61 remove_diacritics 2' tokenizer indexes it, so the
-- search core's own stemming (the Porter stemmer, in JavaScript) meets the same terms on both:
-- - punctuation separates words, as in unicode61: "U.S." is u and s, "1,357" is 1 and 357, and
--   "Tehrik-i-Taliban" is tehrik, i and taliban (PostgreSQL's parser alone would keep "u.s",
--   "1.5" and "europe/radio" whole, and add the hyphenated compound);
-- - accents are folded first (unaccent), as remove_diacritics does;
-- - words go through the original Porter stemmer (Snowball's 'porter', not its 'english', which
--   is Porter2 and stems "this" as this where Porter and FTS5 give thi), with NO stop-word list:
--   FTS5 drops no words and the core may search for "not" or "after".
-- - words under three letters are kept as written, as FTS5 and the JavaScript stemmer keep them
--   (PostgreSQL's Porter would stem "us" to u, "is" to i, "as" to a). A configuration maps token
--   classes, not lengths, to dictionaries, so search_words turns each 1–2 letter word into a
--   hyphenated compound ("us" → "us-0x"): the parser gives its letters as a hyphenated-word part,
--   which the configuration passes unstemmed, and the compound and its "0x" part, which map to no
--   dictionary and so take no position. Punctuation is gone by then, so no other text makes those
--   classes. Queries go through search_words too, so both sides hold the short word as written.
CREATE FUNCTION search_words(raw text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(raw, '[[:punct:]‘’“”„‚–—…]+', ' ', 'g'), '\m([[:alpha:]]{1,2})\M', '\1-0x', 'g')
$$;
CREATE TEXT SEARCH DICTIONARY briefbot_stem (TEMPLATE = snowball, Language = porter);
CREATE TEXT SEARCH CONFIGURATION briefbot (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION briefbot
  ALTER MAPPING FOR asciiword, word WITH unaccent, briefbot_stem;
ALTER TEXT SEARCH CONFIGURATION briefbot
  ALTER MAPPING FOR hword_part, hword_asciipart WITH unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION briefbot
  DROP MAPPING FOR asciihword, hword, numhword, hword_numpart;

-- What the facts' index holds: statement, quote and every name, alias and demonym of the fact's
-- entities. A generated column cannot read other tables, so, as in SQLite, the index is a table of
-- its own that triggers keep in step. Only facts that were in the base (active or retracted) have
-- a row: a pending or rejected suggestion's words must not reach the index or its word counts,
-- which steer spelling correction for everyone. Weights: statement A, entity names B, quote C,
-- the order of the bm25 column weights on SQLite.
CREATE TABLE facts_fts (
  fact_id   integer PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
  statement text NOT NULL,
  quote     text NOT NULL,
  entities  text NOT NULL DEFAULT '',
  document  tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('briefbot', search_words(statement)), 'A') ||
    setweight(to_tsvector('briefbot', search_words(entities)), 'B') ||
    setweight(to_tsvector('briefbot', search_words(quote)), 'C')
  ) STORED
);
CREATE INDEX facts_fts_document ON facts_fts USING gin (document);

-- Every name and alias of a fact's entities, joined as SQLite's triggers join them.
CREATE FUNCTION fact_entity_terms(fact integer) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(term, ' ; '), '') FROM (
    SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = fact
    UNION ALL
    SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = fact
  ) terms
$$;

CREATE FUNCTION facts_fts_follow_fact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IN ('active', 'retracted') THEN
    INSERT INTO facts_fts (fact_id, statement, quote, entities)
    VALUES (NEW.id, NEW.statement, NEW.quote, fact_entity_terms(NEW.id))
    ON CONFLICT (fact_id) DO UPDATE SET statement = excluded.statement, quote = excluded.quote;
  ELSE
    DELETE FROM facts_fts WHERE fact_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER facts_fts_follow AFTER INSERT OR UPDATE OF statement, quote, status ON facts
  FOR EACH ROW EXECUTE FUNCTION facts_fts_follow_fact();

CREATE FUNCTION facts_fts_refresh_entities(entity integer) RETURNS void LANGUAGE sql AS $$
  UPDATE facts_fts SET entities = fact_entity_terms(fact_id)
   WHERE fact_id IN (SELECT fact_id FROM fact_entities WHERE entity_id = entity)
$$;

CREATE FUNCTION facts_fts_follow_fact_entities() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link fact_entities;
BEGIN
  link := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  UPDATE facts_fts SET entities = fact_entity_terms(link.fact_id) WHERE fact_id = link.fact_id;
  RETURN NULL;
END $$;
CREATE TRIGGER facts_fts_follow_fact_entities AFTER INSERT OR DELETE ON fact_entities
  FOR EACH ROW EXECUTE FUNCTION facts_fts_follow_fact_entities();

CREATE FUNCTION facts_fts_follow_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM facts_fts_refresh_entities(OLD.entity_id); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM facts_fts_refresh_entities(NEW.entity_id); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER facts_fts_follow_aliases AFTER INSERT OR DELETE OR UPDATE ON entity_aliases
  FOR EACH ROW EXECUTE FUNCTION facts_fts_follow_aliases();

CREATE FUNCTION facts_fts_follow_entity_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM facts_fts_refresh_entities(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER facts_fts_follow_entity_name AFTER UPDATE OF name ON entities
  FOR EACH ROW EXECUTE FUNCTION facts_fts_follow_entity_name();

-- How many indexed facts hold each term (fts5vocab's 'row' table on SQLite): kept by a trigger,
-- because counting a common word through the GIN index walks its whole posting list. One upsert
-- takes every changed term in sorted order, so two writers lock counter rows in the same order.
-- The counts carry no CHECK (doc >= 0): PostgreSQL checks the row an upsert proposes, a negative
-- change, before it finds the conflicting row to add it to.
CREATE FUNCTION count_terms(counts regclass, added tsvector, removed tsvector) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO %1$s AS v (term, doc)
     SELECT term, sum(change)::integer FROM (
       SELECT unnest(tsvector_to_array($1)) AS term, 1 AS change
       UNION ALL
       SELECT unnest(tsvector_to_array($2)), -1) changes
     GROUP BY term HAVING sum(change) <> 0 ORDER BY term
     ON CONFLICT (term) DO UPDATE SET doc = v.doc + excluded.doc', counts)
    USING coalesce(added, ''::tsvector), coalesce(removed, ''::tsvector);
  EXECUTE format('DELETE FROM %s WHERE term = ANY (tsvector_to_array($1)) AND doc = 0', counts)
    USING coalesce(removed, ''::tsvector);
END $$;

CREATE TABLE facts_vocab (
  term text PRIMARY KEY,
  doc  integer NOT NULL
);

CREATE FUNCTION facts_vocab_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM count_terms('facts_vocab',
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.document END,
    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.document END);
  RETURN NULL;
END $$;
CREATE TRIGGER facts_vocab_follow AFTER INSERT OR DELETE OR UPDATE OF statement, quote, entities ON facts_fts
  FOR EACH ROW EXECUTE FUNCTION facts_vocab_follow();

-- The source catalogue's index (titles, authors, publishers) for "who wrote about …". All its text
-- is on the row, so it is a generated column; status is not indexed: readers join back to
-- `sources` so a retracted source never comes out, as on SQLite.
ALTER TABLE sources ADD COLUMN document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('briefbot', search_words(title)), 'A') ||
  setweight(to_tsvector('briefbot', search_words(coalesce(author, ''))), 'B') ||
  setweight(to_tsvector('briefbot', search_words(coalesce(publisher, ''))), 'C')
) STORED;
CREATE INDEX sources_document ON sources USING gin (document);

CREATE TABLE sources_vocab (
  term text PRIMARY KEY,
  doc  integer NOT NULL
);

CREATE FUNCTION sources_vocab_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM count_terms('sources_vocab',
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.document END,
    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.document END);
  RETURN NULL;
END $$;
CREATE TRIGGER sources_vocab_follow AFTER INSERT OR DELETE OR UPDATE OF title, author, publisher ON sources
  FOR EACH ROW EXECUTE FUNCTION sources_vocab_follow();

-- A document's sentences, searched when no fact answers.
ALTER TABLE document_passages ADD COLUMN document tsvector
  GENERATED ALWAYS AS (to_tsvector('briefbot', search_words(body))) STORED;
CREATE INDEX document_passages_document ON document_passages USING gin (document);

-- Typo-tolerant names: trigram indexes over every entity name and alias, lower-cased as they are
-- compared ("Tehreek-e-Taliban" for "Tehrik-i-Taliban").
CREATE INDEX entities_name_trigrams ON entities USING gin (lower(name) gin_trgm_ops);
CREATE INDEX entity_aliases_alias_trigrams ON entity_aliases USING gin (lower(alias) gin_trgm_ops);
