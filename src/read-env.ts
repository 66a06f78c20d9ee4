import type { z } from 'zod';
import { ConfigError } from './domain/errors';

/**
 * The variables that are set. An empty or blank value (`SLACK_APP_TOKEN=` copied from
 * .env.example) counts as unset everywhere, so it turns nothing on and falls back to the default.
 */
export function setVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''));
}

/** How a failed read is reported: what each problem says (by default the variable and zod's message), then the advice. */
export interface EnvReport {
  advice: string;
  describe?: (issue: z.core.$ZodIssue, given: Record<string, string>) => string;
}

const describeIssue = (issue: z.core.$ZodIssue): string => `${issue.path.join('.')} ${issue.message}`;

/** Parses the set variables with `schema`; a wrong value throws a ConfigError listing every problem, then `report.advice`. */
export function readEnv<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv, report: EnvReport): z.output<Schema> {
  const given = setVariables(env);
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const describe = report.describe ?? describeIssue;
  throw new ConfigError(`${parsed.error.issues.map((issue) => describe(issue, given)).join('; ')}. ${report.advice}`);
}
