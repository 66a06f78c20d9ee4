import * as z from 'zod';
import { ConfigError } from '../../src/domain/errors';
import { readEnv, setVariables } from '../../src/read-env';

/** How the app hears from Slack: a WebSocket it opens (Socket Mode) or HTTP requests Slack sends. */
export type SlackConnection = { mode: 'socket'; appToken: string } | { mode: 'http'; signingSecret: string; port: number };

/** The Slack adapter's settings. */
export interface SlackConfig {
  botToken: string;
  connection: SlackConnection;
  /** Web API base address (`https://slack.com/api/` unless overridden for tests or a proxy). */
  apiUrl?: string;
  moderatorIds: readonly string[];
  moderatorGroup?: string;
  /** The workspace served, when given; otherwise the bot token's own, from auth.test. */
  teamId?: string;
}

/** Every variable the adapter reads; setting any of them turns the adapter on. */
export const SLACK_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_PORT',
  'SLACK_API_URL',
  'SLACK_MODERATOR_IDS',
  'SLACK_MODERATOR_GROUP',
  'SLACK_TEAM_ID',
] as const;

const DEFAULT_PORT = 3000;
const PORT_RANGE = 'must be a port number from 1 to 65535';

const schema = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be the bot token starting with xoxb- (app settings → OAuth & Permissions)').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith('xapp-', 'must be an app-level token starting with xapp- (app settings → Basic Information → App-Level Tokens)')
    .optional(),
  SLACK_PORT: z.coerce.number({ error: PORT_RANGE }).int(PORT_RANGE).min(1, PORT_RANGE).max(65535, PORT_RANGE).optional(),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) address such as https://slack.com/api/' }).optional(),
  SLACK_MODERATOR_IDS: z
    .string()
    .regex(/^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*$/, 'must be user ids separated by commas, e.g. U012AB3CD,U045EF6GH')
    .optional(),
  SLACK_MODERATOR_GROUP: z
    .string()
    .regex(/^S[A-Z0-9]+$/, 'must be a user group id such as S0614TZR7 (not its @handle)')
    .optional(),
  SLACK_TEAM_ID: z
    .string()
    .regex(/^T[A-Z0-9]+$/, 'must be a workspace (team) id such as T0123ABCD')
    .optional(),
});

type SlackEnv = z.output<typeof schema>;

const ADVICE = 'See docs/slack.md for setting up the Slack app.';

function fail(problem: string): never {
  throw new ConfigError(`${problem}. ${ADVICE}`);
}

function toConnection(env: SlackEnv): SlackConnection {
  if (env.SLACK_APP_TOKEN) return { mode: 'socket', appToken: env.SLACK_APP_TOKEN };
  if (!env.SLACK_SIGNING_SECRET) {
    fail('SLACK_SIGNING_SECRET is required in HTTP mode (app settings → Basic Information → Signing Secret); or set SLACK_APP_TOKEN for Socket Mode');
  }
  return { mode: 'http', signingSecret: env.SLACK_SIGNING_SECRET, port: env.SLACK_PORT ?? DEFAULT_PORT };
}

/**
 * Reads the Slack settings from the environment: undefined when no Slack variable is set (the
 * adapter stays off), otherwise complete settings or an error naming the variable to fix. Socket
 * Mode when SLACK_APP_TOKEN is set, HTTP otherwise.
 */
export function loadSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig | undefined {
  const given = setVariables(env);
  if (!SLACK_VARIABLES.some((name) => name in given)) return undefined;
  const values = readEnv(schema, given, { advice: ADVICE });
  if (!values.SLACK_BOT_TOKEN) fail('SLACK_BOT_TOKEN is required (app settings → OAuth & Permissions → Bot User OAuth Token, xoxb-…)');
  return {
    botToken: values.SLACK_BOT_TOKEN,
    connection: toConnection(values),
    ...(values.SLACK_API_URL ? { apiUrl: values.SLACK_API_URL.replace(/\/?$/, '/') } : {}),
    moderatorIds: (values.SLACK_MODERATOR_IDS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    ...(values.SLACK_MODERATOR_GROUP ? { moderatorGroup: values.SLACK_MODERATOR_GROUP } : {}),
    ...(values.SLACK_TEAM_ID ? { teamId: values.SLACK_TEAM_ID } : {}),
  };
}
