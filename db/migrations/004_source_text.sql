-- A source may carry its own text, so quotes can be checked against it and questions no fact
-- answers can be met with the document's own words.
CREATE TABLE source_documents (
  source_id  INTEGER PRIMARY KEY REFERENCES sources (id),
  body       TEXT NOT NULL CHECK (length(body) > 0),
  added_at   TEXT NOT NULL
);

-- The document cut into sentences, each with its character offsets into `body` (JavaScript
-- string indices, end exclusive), so a passage can be cited as S1:start-end.
CREATE TABLE document_passages (
  id         INTEGER PRIMARY KEY,
  source_id  INTEGER NOT NULL REFERENCES source_documents (source_id) ON DELETE CASCADE,
  start_at   INTEGER NOT NULL,
  end_at     INTEGER NOT NULL CHECK (end_at > start_at),
  body       TEXT NOT NULL
);
CREATE INDEX document_passages_by_source ON document_passages (source_id, start_at);

CREATE VIRTUAL TABLE document_passages_fts USING fts5(
  body, content = 'document_passages', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER document_passages_fts_insert AFTER INSERT ON document_passages BEGIN
  INSERT INTO document_passages_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER document_passages_fts_delete AFTER DELETE ON document_passages BEGIN
  INSERT INTO document_passages_fts (document_passages_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
END;
CREATE TRIGGER document_passages_fts_update AFTER UPDATE OF body ON document_passages BEGIN
  INSERT INTO document_passages_fts (document_passages_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
  INSERT INTO document_passages_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
