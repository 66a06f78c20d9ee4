-- The fact base: sources, facts with status and period, entities with aliases, append-only history,
-- an audit log, and an FTS5 index that triggers keep in step with every table it draws text from.

CREATE TABLE sources (
  id           INTEGER PRIMARY KEY AUTOINCREMENT, -- shown to users as S<id>
  title        TEXT NOT NULL,
  author       TEXT,
  publisher    TEXT,
  published_on TEXT,                              -- partial ISO date: 2026, 2026-02 or 2026-02-09
  url          TEXT,
  kind         TEXT NOT NULL DEFAULT 'article',
  notes        TEXT,
  status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retracted')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE facts (
  id           INTEGER PRIMARY KEY AUTOINCREMENT, -- shown to users as F<id>; never reused
  statement    TEXT NOT NULL,
  quote        TEXT NOT NULL,
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  period_start TEXT,                              -- partial ISO date; NULL with NULL end = undated
  period_end   TEXT,                              -- NULL with a start = ongoing as of the source
  status       TEXT NOT NULL DEFAULT 'active'
               CHECK (status IN ('active', 'pending', 'retracted', 'rejected')),
  version      INTEGER NOT NULL DEFAULT 1,
  created_by   TEXT NOT NULL,                     -- platform:user id
  updated_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX facts_by_source ON facts(source_id);
CREATE INDEX facts_by_status ON facts(status);

CREATE TABLE entities (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind TEXT NOT NULL CHECK (kind IN ('group', 'country', 'region', 'place', 'person', 'organisation'))
);

-- kind 'name' is another name of the entity (TTP, Pakistani Taliban); 'demonym' is an adjective
-- that points at it in a question (Tajik, Chinese).
CREATE TABLE entity_aliases (
  alias     TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  kind      TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'demonym'))
);
CREATE INDEX entity_aliases_by_entity ON entity_aliases(entity_id);

CREATE TABLE fact_entities (
  fact_id   INTEGER NOT NULL REFERENCES facts(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (fact_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX fact_entities_by_entity ON fact_entities(entity_id, fact_id);

-- One row per version of a fact: the whole row as it was at that version, who made it, from where,
-- when and why. Reverting copies an old snapshot into a new version; nothing here is ever changed.
CREATE TABLE fact_revisions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  fact_id    INTEGER NOT NULL REFERENCES facts(id),
  version    INTEGER NOT NULL,
  action     TEXT NOT NULL,
  snapshot   TEXT NOT NULL,                       -- JSON of the fact with its entity names
  changed_by TEXT NOT NULL,
  platform   TEXT NOT NULL,
  reason     TEXT,
  changed_at TEXT NOT NULL,
  UNIQUE (fact_id, version)
);
CREATE TRIGGER fact_revisions_no_update BEFORE UPDATE ON fact_revisions
BEGIN SELECT RAISE(ABORT, 'fact_revisions is append-only'); END;
CREATE TRIGGER fact_revisions_no_delete BEFORE DELETE ON fact_revisions
BEGIN SELECT RAISE(ABORT, 'fact_revisions is append-only'); END;

CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  platform     TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  display_name TEXT NOT NULL,
  command      TEXT NOT NULL,
  target       TEXT,                              -- F12, S3, an entity name …
  detail       TEXT                               -- JSON: what the command changed
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- An alias may not take the name of another entity (names and aliases are one vocabulary).
CREATE TRIGGER entity_aliases_unique_vocabulary BEFORE INSERT ON entity_aliases
WHEN EXISTS (SELECT 1 FROM entities WHERE name = NEW.alias COLLATE NOCASE AND id <> NEW.entity_id)
BEGIN SELECT RAISE(ABORT, 'alias is already the name of another entity'); END;

-- The entities column holds every name, alias and demonym of the fact's entities. Each trigger
-- below recomputes it for the facts a change touches, through the indexes (no scan of all names).
CREATE VIRTUAL TABLE facts_fts USING fts5(
  statement, quote, entities,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts BEGIN
  INSERT INTO facts_fts (rowid, statement, quote, entities) VALUES (NEW.id, NEW.statement, NEW.quote, '');
END;
CREATE TRIGGER facts_fts_update AFTER UPDATE OF statement, quote ON facts BEGIN
  UPDATE facts_fts SET statement = NEW.statement, quote = NEW.quote WHERE rowid = NEW.id;
END;

CREATE TRIGGER fact_entities_fts_insert AFTER INSERT ON fact_entities BEGIN
  UPDATE facts_fts SET entities = (
    SELECT group_concat(term, ' ; ') FROM (
      SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = NEW.fact_id
      UNION ALL
      SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = NEW.fact_id))
  WHERE rowid = NEW.fact_id;
END;
CREATE TRIGGER fact_entities_fts_delete AFTER DELETE ON fact_entities BEGIN
  UPDATE facts_fts SET entities = coalesce((
    SELECT group_concat(term, ' ; ') FROM (
      SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = OLD.fact_id
      UNION ALL
      SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = OLD.fact_id)), '')
  WHERE rowid = OLD.fact_id;
END;

CREATE TRIGGER entity_aliases_fts_insert AFTER INSERT ON entity_aliases BEGIN
  UPDATE facts_fts SET entities = (
    SELECT group_concat(term, ' ; ') FROM (
      SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = facts_fts.rowid
      UNION ALL
      SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = facts_fts.rowid))
  WHERE rowid IN (SELECT fact_id FROM fact_entities WHERE entity_id = NEW.entity_id);
END;
CREATE TRIGGER entity_aliases_fts_delete AFTER DELETE ON entity_aliases BEGIN
  UPDATE facts_fts SET entities = (
    SELECT group_concat(term, ' ; ') FROM (
      SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = facts_fts.rowid
      UNION ALL
      SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = facts_fts.rowid))
  WHERE rowid IN (SELECT fact_id FROM fact_entities WHERE entity_id = OLD.entity_id);
END;
CREATE TRIGGER entities_fts_rename AFTER UPDATE OF name ON entities BEGIN
  UPDATE facts_fts SET entities = (
    SELECT group_concat(term, ' ; ') FROM (
      SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = facts_fts.rowid
      UNION ALL
      SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = facts_fts.rowid))
  WHERE rowid IN (SELECT fact_id FROM fact_entities WHERE entity_id = NEW.id);
END;

-- The index's own vocabulary (stemmed terms), so a word that occurs in facts is never "corrected"
-- into an entity name.
CREATE VIRTUAL TABLE facts_vocab USING fts5vocab(facts_fts, 'row');
