import type { webApi } from '@slack/bolt';
import { ConfigError } from '../../src/domain/errors';

/** What a person from another workspace is told; the bot's own workspace is not named to them. */
export const FOREIGN_WORKSPACE_MESSAGE =
  'This briefbot serves one Slack workspace, and this request came from another, so nothing was run. Ask in the workspace it is installed in, or have your admins set up their own (see docs/slack.md).';

/**
 * The workspace the bot serves: SLACK_TEAM_ID when set, else the team of the bot token as
 * auth.test reports it, asked once at start-up. A shared channel or an org-wide install can carry
 * requests from other workspaces to the same app; their people are not this base's members.
 */
export async function resolveTeamId(configured: string | undefined, client: Pick<webApi.WebClient, 'auth'>): Promise<string> {
  if (configured) return configured;
  const { team_id: teamId } = await client.auth.test();
  if (!teamId) throw new ConfigError('auth.test did not name the bot token’s workspace; set SLACK_TEAM_ID (e.g. T0123ABCD). See docs/slack.md.');
  return teamId;
}

/** The team a button press or form submission came from, as Slack puts it in the payload. */
export function readPayloadTeam(body: { team?: { id?: string } | null; user?: { team_id?: string } }): string | undefined {
  return body.team?.id ?? body.user?.team_id;
}
