/** Whether PostgreSQL refused a statement for a unique index or a trigger raising unique_violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === '23505';
}
