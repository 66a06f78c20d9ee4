-- State every process and host on this database must agree on, rather than each keeping its own
-- in memory: the same tables as the SQLite schema's migration 006.

-- One row per rate-limited action, kept until it leaves its window: a person's count is the rows
-- under their key that have not expired. Expired rows are deleted as new actions are taken.
CREATE TABLE rate_limit_actions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key         text NOT NULL,
  expires_ms  bigint NOT NULL  -- epoch milliseconds
);
CREATE INDEX rate_limit_actions_by_key ON rate_limit_actions (key, expires_ms);
CREATE INDEX rate_limit_actions_by_expiry ON rate_limit_actions (expires_ms);

-- The pages a listing's page buttons turn to: the button carries the key and page number, this
-- table what runs for it. A listing expires as a whole; expired ones are deleted as new ones come.
CREATE TABLE listing_pages (
  listing_key  text NOT NULL,
  page         integer NOT NULL,
  invocation   text NOT NULL,
  expires_ms   bigint NOT NULL,  -- epoch milliseconds
  PRIMARY KEY (listing_key, page)
);
CREATE INDEX listing_pages_by_expiry ON listing_pages (expires_ms);
