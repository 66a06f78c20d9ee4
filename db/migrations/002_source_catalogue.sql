-- The source catalogue's own index, for "who wrote about …" and "what did … publish": titles,
-- authors and publishers, kept in step with `sources` by triggers. Status is not indexed: readers
-- join back to `sources` so a retracted source never comes out.
CREATE VIRTUAL TABLE sources_fts USING fts5(
  title, author, publisher,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO sources_fts (rowid, title, author, publisher)
  SELECT id, title, coalesce(author, ''), coalesce(publisher, '') FROM sources;

CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts (rowid, title, author, publisher)
  VALUES (NEW.id, NEW.title, coalesce(NEW.author, ''), coalesce(NEW.publisher, ''));
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, author, publisher ON sources BEGIN
  UPDATE sources_fts SET title = NEW.title, author = coalesce(NEW.author, ''), publisher = coalesce(NEW.publisher, '')
   WHERE rowid = NEW.id;
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
  DELETE FROM sources_fts WHERE rowid = OLD.id;
END;

-- Its vocabulary (stemmed terms), so a word that is in the catalogue is never "corrected" into a name.
CREATE VIRTUAL TABLE sources_vocab USING fts5vocab(sources_fts, 'row');
