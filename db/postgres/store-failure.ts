import { StoreUnavailableError } from '../../src/domain/errors';

// Node's network errors: the server cannot be reached or the connection broke.
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
// SQLSTATEs of a server going away or not taking connections: admin, crash or start-up shutdown, too many connections.
const SERVER = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres names a connection lost mid-query, and a pool that could not connect in time, by message only.
const LOST = /^(Connection terminated|timeout exceeded when trying to connect)/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  const first = (error as { errors?: unknown[] } | null)?.errors?.[0];
  return first === undefined ? undefined : codeOf(first);
}

/** A PostgreSQL or connection error as the core should see it: StoreUnavailableError when the server cannot be reached, else as it is. */
export function toPostgresFailure(error: unknown): unknown {
  const code = codeOf(error);
  if (code && (NETWORK.has(code) || SERVER.has(code) || code.startsWith('08'))) return new StoreUnavailableError(code, { cause: error });
  if (error instanceof Error && LOST.test(error.message)) return new StoreUnavailableError('connection lost', { cause: error });
  return error;
}
