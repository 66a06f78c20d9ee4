/** A bot scope the app asks for, and why briefbot needs it. */
export interface ScopeNeed {
  scope: string;
  why: string;
}

/** What of the Slack configuration decides the scopes. */
export interface ScopeSettings {
  /** SLACK_MODERATOR_GROUP: a user group whose members moderate. */
  moderatorGroup?: string | undefined;
}

/**
 * Only the scopes this configuration uses. Replies go back through each command's response_url
 * and forms open with the command's trigger_id, and neither needs a scope of its own, so there is
 * no `chat:write`; reading a user group's members is only needed when moderators are one.
 */
export function botScopesFor(settings: ScopeSettings): ScopeNeed[] {
  const needs: ScopeNeed[] = [
    {
      scope: 'commands',
      why: 'receive /brief, /fact, /review, /source and /alias (answers go back through each command’s response_url, which needs no scope)',
    },
  ];
  if (settings.moderatorGroup) {
    needs.push({ scope: 'usergroups:read', why: `read who is in the moderator group ${settings.moderatorGroup} (SLACK_MODERATOR_GROUP)` });
  }
  return needs;
}

/** The scopes, one a line with the reason, for the person installing the app. */
export function describeScopes(needs: readonly ScopeNeed[]): string {
  return `Bot scopes in this manifest:\n${needs.map((need) => `  ${need.scope}: ${need.why}`).join('\n')}\n`;
}
