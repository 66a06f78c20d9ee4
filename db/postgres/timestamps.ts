/**
 * A timestamp column as the SQLite store hands it back: the ISO text a write was stamped with.
 * node-postgres and PGlite both return timestamptz as a Date; writes are stamped with
 * `Date.toISOString()`, so the round trip gives back the same text.
 */
export function toIsoText(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** As `toIsoText`, keeping an absent time absent. */
export function toIsoTextOrNull(value: Date | string | null): string | null {
  return value === null ? null : toIsoText(value);
}
