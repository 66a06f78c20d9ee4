import { existsSync } from 'node:fs';
import * as z from 'zod';
import type { RateLimits } from './rate-limit';
import { ConfigError } from './domain/errors';
import { readEnv, setVariables } from './read-env';
import type { SeedChoice } from './seed';

// A calendar day; noon UTC so that every time zone reads the same date.
const todaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD, e.g. 2026-02-09')
  .refine(
    (day) => !Number.isNaN(Date.parse(`${day}T12:00:00Z`)) && new Date(`${day}T12:00:00Z`).toISOString().startsWith(day),
    'must be a real calendar day, e.g. 2026-02-09',
  )
  .transform((day) => new Date(`${day}T12:00:00Z`));

const configSchema = z.object({
  BRIEFBOT_DB: z.string().min(1, 'must name a file path or :memory:').default('./data/briefbot.db'),
  /** A PostgreSQL database shared by several processes or hosts; the SQLite file is not used then. */
  BRIEFBOT_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://, e.g. postgres://briefbot:password@db.internal:5432/briefbot')
    .optional(),
  /** The schema of BRIEFBOT_DATABASE_URL's database the base lives in, so several bases can share one database. */
  BRIEFBOT_DATABASE_SCHEMA: z
    .string()
    .trim()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a schema name of lower-case letters, digits and underscores (at most 63), e.g. briefbot')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` for log shippers, `pretty` for a person; by default pretty when stderr is a terminal. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  BRIEFBOT_HTTP_PORT: z.coerce.number().int().min(0).max(65535, 'must be a port number (0-65535)').optional(),
  BRIEFBOT_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0, 'must be 0 or more').default(5000),
  BRIEFBOT_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0, 'must be 0 or more').default(10_000),
  BRIEFBOT_RATE_QUERIES_PER_MINUTE: z.coerce.number().int().min(1, 'must be 1 or more').default(30),
  BRIEFBOT_RATE_WRITES_PER_MINUTE: z.coerce.number().int().min(1, 'must be 1 or more').default(10),
  BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE: z.coerce.number().int().min(1, 'must be 1 or more').default(60),
  BRIEFBOT_RATE_AUTOCOMPLETES_PER_MINUTE: z.coerce.number().int().min(1, 'must be 1 or more').default(120),
  /** Pins "today" (for "last year", "this month", ongoing facts) for every command: tests, evaluation, demos. */
  BRIEFBOT_TODAY: todaySchema.optional(),
  BRIEFBOT_RECORD_GAPS: z.enum(['on', 'off'], 'must be on or off').default('off'),
  BRIEFBOT_SEED: z.enum(['documents', 'none'], 'must be documents (the seed data) or none (an empty base)').default('documents'),
});

const ENV_ADVICE = 'See .env.example for every variable.';

/** The process's settings, read once from the environment at start-up. */
export interface Config {
  databasePath: string;
  /** The PostgreSQL base (BRIEFBOT_DATABASE_URL) when set; then `databasePath` is not used. */
  databaseUrl: string | undefined;
  /** The schema the PostgreSQL base lives in (BRIEFBOT_DATABASE_SCHEMA); the server's search_path when unset. */
  databaseSchema: string | undefined;
  logLevel: string;
  prettyLogs: boolean;
  rateLimits: RateLimits;
  /** Port for /healthz and /metrics, when set. */
  httpPort: number | undefined;
  shutdownTimeoutMs: number;
  busyTimeoutMs: number;
  /** What a new database is filled with: the seed data built from the source documents, or nothing. */
  seed: SeedChoice;
  /** Keep the questions nobody could answer (text, count, first and last asked; never who asked). */
  recordGaps: boolean;
}

/**
 * Parses the environment; a wrong value stops start-up with a message naming the variable and the
 * fix.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values = readEnv(configSchema, env, { advice: ENV_ADVICE });
  if (values.BRIEFBOT_DATABASE_SCHEMA && !values.BRIEFBOT_DATABASE_URL) {
    throw new ConfigError(`BRIEFBOT_DATABASE_SCHEMA names a PostgreSQL schema, so it needs BRIEFBOT_DATABASE_URL too. ${ENV_ADVICE}`);
  }
  return {
    databasePath: values.BRIEFBOT_DB,
    databaseUrl: values.BRIEFBOT_DATABASE_URL,
    databaseSchema: values.BRIEFBOT_DATABASE_SCHEMA,
    logLevel: values.LOG_LEVEL,
    prettyLogs: values.LOG_FORMAT ? values.LOG_FORMAT === 'pretty' : Boolean(process.stderr.isTTY),
    httpPort: values.BRIEFBOT_HTTP_PORT,
    shutdownTimeoutMs: values.BRIEFBOT_SHUTDOWN_TIMEOUT_MS,
    busyTimeoutMs: values.BRIEFBOT_BUSY_TIMEOUT_MS,
    rateLimits: {
      queriesPerMinute: values.BRIEFBOT_RATE_QUERIES_PER_MINUTE,
      writesPerMinute: values.BRIEFBOT_RATE_WRITES_PER_MINUTE,
      moderatorWritesPerMinute: values.BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE,
      autocompletesPerMinute: values.BRIEFBOT_RATE_AUTOCOMPLETES_PER_MINUTE,
    },
    seed: values.BRIEFBOT_SEED,
    recordGaps: values.BRIEFBOT_RECORD_GAPS === 'on',
  };
}

/** The settings when no variable is set: the schema's defaults, for callers handed no configuration. */
export function defaultConfig(): Config {
  return loadConfig({});
}

/** Reads `.env` from the working directory into the environment when there is one. */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

/**
 * The clock commands read "today" from: BRIEFBOT_TODAY when set (a wrong value is refused with the
 * variable named), otherwise the system clock.
 */
export function clockFrom(env: NodeJS.ProcessEnv = process.env): () => Date {
  const given = setVariables(env).BRIEFBOT_TODAY;
  if (given === undefined) return () => new Date();
  const parsed = todaySchema.safeParse(given);
  if (!parsed.success) throw new ConfigError(`BRIEFBOT_TODAY ${parsed.error.issues[0]!.message}. ${ENV_ADVICE}`);
  const today = parsed.data;
  return () => new Date(today);
}
