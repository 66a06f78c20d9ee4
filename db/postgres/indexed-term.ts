/**
 * SQL for the term under which the index stores a stem of the search core, bound as `$1`. The core
 * (like FTS5) leaves words under three letters unstemmed, PostgreSQL's Porter stems them too
 * ("is" → i, "us" → u): such a word is passed through the index's own configuration first.
 */
export const INDEXED_TERM = `CASE WHEN length($1) < 3 THEN (tsvector_to_array(to_tsvector('briefbot', $1)))[1] ELSE $1 END`;
