-- Readers' feedback: one report per person per fact version, dismissals, the questions nobody
-- could answer and a per-day count of questions.

-- A person reports a version of a fact once. Duplicates written before the rule would block the
-- index; the earliest report of each is the one kept.
DELETE FROM fact_reports WHERE id NOT IN (SELECT min(id) FROM fact_reports GROUP BY fact_id, fact_version, by);
CREATE UNIQUE INDEX fact_reports_once_per_person ON fact_reports(fact_id, fact_version, by);

-- A moderator may close a report without changing the fact; the reason is kept with the report.
ALTER TABLE fact_reports ADD COLUMN dismissed_at TEXT;
ALTER TABLE fact_reports ADD COLUMN dismissed_by TEXT;
ALTER TABLE fact_reports ADD COLUMN dismiss_reason TEXT;

-- Questions that got no answer, only when BRIEFBOT_RECORD_GAPS=on: the normalised text, how often
-- and when first and last asked. Never who asked, nor the platform, channel or server.
CREATE TABLE question_gaps (
  question      TEXT PRIMARY KEY,
  times_asked   INTEGER NOT NULL DEFAULT 1,
  first_asked   TEXT NOT NULL,
  last_asked    TEXT NOT NULL,
  answered_at   TEXT,
  answered_by   INTEGER REFERENCES facts(id)
) WITHOUT ROWID;
CREATE INDEX question_gaps_by_last_asked ON question_gaps(last_asked);
CREATE INDEX question_gaps_open_by_count ON question_gaps(answered_at, times_asked DESC, last_asked DESC);

-- Questions asked and answered per UTC day: counts only, no text and no person.
CREATE TABLE ask_days (
  day      TEXT PRIMARY KEY,
  asked    INTEGER NOT NULL DEFAULT 0,
  answered INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
