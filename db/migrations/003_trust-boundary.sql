-- Provenance, pending proposals, the vocabulary change counter and reports.

-- Where each change came from: the workspace or server and the channel, and the person's own id
-- and display name on revisions. Rows written before keep NULL: it was not recorded then.
ALTER TABLE fact_revisions ADD COLUMN user_id TEXT;
ALTER TABLE fact_revisions ADD COLUMN display_name TEXT;
ALTER TABLE fact_revisions ADD COLUMN workspace_id TEXT;
ALTER TABLE fact_revisions ADD COLUMN channel_id TEXT;
ALTER TABLE audit_log ADD COLUMN workspace_id TEXT;
ALTER TABLE audit_log ADD COLUMN channel_id TEXT;

-- Every process caches the entity vocabulary; this counter tells them it changed. Counts or the
-- highest rowid miss "remove one alias, add another"; a counter bumped by every write does not.
CREATE TABLE vocabulary_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  counter INTEGER NOT NULL
);
INSERT INTO vocabulary_version (id, counter) VALUES (1, 0);
CREATE TRIGGER entities_vocabulary_insert AFTER INSERT ON entities
BEGIN UPDATE vocabulary_version SET counter = counter + 1; END;
CREATE TRIGGER entities_vocabulary_update AFTER UPDATE ON entities
BEGIN UPDATE vocabulary_version SET counter = counter + 1; END;
CREATE TRIGGER entities_vocabulary_delete AFTER DELETE ON entities
BEGIN UPDATE vocabulary_version SET counter = counter + 1; END;
CREATE TRIGGER entity_aliases_vocabulary_insert AFTER INSERT ON entity_aliases
BEGIN UPDATE vocabulary_version SET counter = counter + 1; END;
CREATE TRIGGER entity_aliases_vocabulary_update AFTER UPDATE ON entity_aliases
BEGIN UPDATE vocabulary_version SET counter = counter + 1; END;
CREATE TRIGGER entity_aliases_vocabulary_delete AFTER DELETE ON entity_aliases
BEGIN UPDATE vocabulary_version SET counter = counter + 1; END;

-- A suggestion's new source and new entities wait in `proposal` (JSON) and are created only when a
-- moderator approves it, so a pending fact cites no source row until then. SQLite cannot relax
-- NOT NULL in place: the table is rebuilt (the runner turns foreign keys off around a migration and
-- checks them all before it commits).
CREATE TABLE facts_rebuilt (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  statement    TEXT NOT NULL,
  quote        TEXT NOT NULL,
  source_id    INTEGER REFERENCES sources(id),   -- NULL only while the source is a proposal
  period_start TEXT,
  period_end   TEXT,
  status       TEXT NOT NULL DEFAULT 'active'
               CHECK (status IN ('active', 'pending', 'retracted', 'rejected')),
  version      INTEGER NOT NULL DEFAULT 1,
  created_by   TEXT NOT NULL,
  updated_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  proposal     TEXT,                             -- JSON: { source?, entities? } a suggestion proposes
  CHECK (source_id IS NOT NULL OR proposal IS NOT NULL)
);
INSERT INTO facts_rebuilt (id, statement, quote, source_id, period_start, period_end, status, version, created_by, updated_by, created_at, updated_at)
  SELECT id, statement, quote, source_id, period_start, period_end, status, version, created_by, updated_by, created_at, updated_at FROM facts;
DELETE FROM sqlite_sequence WHERE name = 'facts_rebuilt';
UPDATE sqlite_sequence SET name = 'facts_rebuilt' WHERE name = 'facts';
DROP TABLE facts;
ALTER TABLE facts_rebuilt RENAME TO facts;
CREATE INDEX facts_by_source ON facts(source_id);
CREATE INDEX facts_by_status ON facts(status);
CREATE INDEX facts_by_creator ON facts(created_by, status);
-- Only facts that were in the base are indexed: a pending or rejected suggestion's words must not
-- reach the index or its vocabulary (which steers spelling correction for everyone).
DELETE FROM facts_fts WHERE rowid IN (SELECT id FROM facts WHERE status IN ('pending', 'rejected'));
CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts WHEN NEW.status IN ('active', 'retracted') BEGIN
  INSERT INTO facts_fts (rowid, statement, quote, entities) VALUES (NEW.id, NEW.statement, NEW.quote, '');
END;
CREATE TRIGGER facts_fts_update AFTER UPDATE OF statement, quote ON facts BEGIN
  UPDATE facts_fts SET statement = NEW.statement, quote = NEW.quote WHERE rowid = NEW.id;
END;
CREATE TRIGGER facts_fts_enter AFTER UPDATE OF status ON facts
WHEN NEW.status IN ('active', 'retracted') AND OLD.status NOT IN ('active', 'retracted') BEGIN
  INSERT INTO facts_fts (rowid, statement, quote, entities) VALUES (NEW.id, NEW.statement, NEW.quote, coalesce((
    SELECT group_concat(term, ' ; ') FROM (
      SELECT e.name AS term FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = NEW.id
      UNION ALL
      SELECT a.alias FROM fact_entities fe JOIN entity_aliases a ON a.entity_id = fe.entity_id WHERE fe.fact_id = NEW.id)), ''));
END;
CREATE TRIGGER facts_fts_leave AFTER UPDATE OF status ON facts
WHEN OLD.status IN ('active', 'retracted') AND NEW.status NOT IN ('active', 'retracted') BEGIN
  DELETE FROM facts_fts WHERE rowid = OLD.id;
END;

-- Anyone may report a fact as wrong; a report queues the fact for review while the fact is still at
-- the version that was reported (any change by a moderator closes it).
CREATE TABLE fact_reports (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  fact_id      INTEGER NOT NULL REFERENCES facts(id),
  fact_version INTEGER NOT NULL,
  reason       TEXT NOT NULL,
  by           TEXT NOT NULL,
  platform     TEXT NOT NULL,
  display_name TEXT NOT NULL,
  workspace_id TEXT,
  channel_id   TEXT,
  at           TEXT NOT NULL
);
CREATE INDEX fact_reports_by_fact ON fact_reports(fact_id, fact_version);
