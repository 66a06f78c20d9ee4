import * as z from 'zod';
import { readEnv, setVariables } from '../../src/read-env';

/** A Discord id (snowflake): 17 to 20 digits. */
export const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits (Developer Mode → right-click → Copy ID)');

const HINTS = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → your application → Bot → Reset Token)',
  DISCORD_APPLICATION_ID: 'the Application ID (Developer Portal → your application → General Information)',
} as const;

const DISCORD_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'DISCORD_MODERATOR_ROLE_IDS',
  'DISCORD_MODERATOR_GUILD_IDS',
] as const;

const snowflakeList = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(snowflake));

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1, `is missing: set it to ${HINTS.DISCORD_TOKEN}`),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address such as https://discord.com/api' })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://discord.com/api'),
  DISCORD_MODERATOR_ROLE_IDS: snowflakeList,
  DISCORD_MODERATOR_GUILD_IDS: snowflakeList,
});

/** How the Discord adapter connects and who counts as a moderator. */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** The development server `discord-register` registers to when no `--guild` is given. */
  guildId?: string;
  /** The REST base without the version (`https://discord.com/api`); a proxy or a test stand-in may replace it. */
  apiUrl: string;
  /** Members holding one of these roles moderate, wherever they are. */
  moderatorRoleIds: string[];
  /** Servers where Manage Messages makes a member a moderator; elsewhere it counts for nothing. Absent means none. */
  moderatorGuildIds?: string[];
}

function describeIssue(issue: z.core.$ZodIssue, given: Record<string, string>): string {
  const name = String(issue.path[0]);
  if (given[name] === undefined && name in HINTS) return `${name} is missing: set it to ${HINTS[name as keyof typeof HINTS]}`;
  return `${name} ${issue.message}`;
}

/**
 * Reads the Discord settings. Undefined when no Discord variable is set (the adapter is simply not
 * started); a clear error naming the variable and the fix when they are set only in part or wrong.
 */
export function loadDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig | undefined {
  const given = setVariables(env);
  if (!DISCORD_VARIABLES.some((name) => name in given)) return undefined;
  const values = readEnv(schema, given, { advice: 'See docs/discord.md, or unset every DISCORD_ variable to run without Discord.', describe: describeIssue });
  return {
    token: values.DISCORD_TOKEN,
    applicationId: values.DISCORD_APPLICATION_ID,
    ...(values.DISCORD_GUILD_ID ? { guildId: values.DISCORD_GUILD_ID } : {}),
    apiUrl: values.DISCORD_API_URL,
    moderatorRoleIds: values.DISCORD_MODERATOR_ROLE_IDS,
    moderatorGuildIds: values.DISCORD_MODERATOR_GUILD_IDS,
  };
}
