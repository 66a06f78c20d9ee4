-- The source catalogue's own index, for "who wrote about …" and "what did … publish": titles,
-- authors and publishers, kept in step with `sources` by triggers. Status is not indexed: readers
-- join back to `sources` so a retracted source never comes out.
CREATE VIRTUAL TABLE sources_fts USING fts5(
  title, author, publisher,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO sources_fts (rowid, title, author, publisher)
  SELECT id, title, coalesce(author, ''), coalesce(publisher, '') FROM sources;

-- Bumped by every change to who wrote or published what, or to a source's status, so every
-- process knows when its cached list of author and publisher names is stale.
CREATE TABLE catalogue_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 0);

CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts (rowid, title, author, publisher)
  VALUES (NEW.id, NEW.title, coalesce(NEW.author, ''), coalesce(NEW.publisher, ''));
  UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, author, publisher ON sources BEGIN
  UPDATE sources_fts SET title = NEW.title, author = coalesce(NEW.author, ''), publisher = coalesce(NEW.publisher, '')
   WHERE rowid = NEW.id;
  UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER sources_status_version AFTER UPDATE OF status ON sources BEGIN
  UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
  DELETE FROM sources_fts WHERE rowid = OLD.id;
  UPDATE catalogue_version SET version = version + 1;
END;

-- Its vocabulary (stemmed terms), so a word that is in the catalogue is never "corrected" into a name.
CREATE VIRTUAL TABLE sources_vocab USING fts5vocab(sources_fts, 'row');
