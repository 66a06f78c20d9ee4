-- State every process on this file must agree on, rather than each keeping its own in memory.

-- One row per rate-limited action, kept until it leaves its window: a person's count is the rows
-- under their key that have not expired. Expired rows are deleted as new actions are taken.
CREATE TABLE rate_limit_actions (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL,
  expires_ms  INTEGER NOT NULL
);
CREATE INDEX rate_limit_actions_by_key ON rate_limit_actions(key, expires_ms);
CREATE INDEX rate_limit_actions_by_expiry ON rate_limit_actions(expires_ms);

-- The pages a listing's page buttons turn to: the button carries the key and page number, this
-- table what runs for it. A listing expires as a whole; expired ones are deleted as new ones come.
CREATE TABLE listing_pages (
  listing_key  TEXT NOT NULL,
  page         INTEGER NOT NULL,
  invocation   TEXT NOT NULL,
  expires_ms   INTEGER NOT NULL,
  PRIMARY KEY (listing_key, page)
) WITHOUT ROWID;
CREATE INDEX listing_pages_by_expiry ON listing_pages(expires_ms);
