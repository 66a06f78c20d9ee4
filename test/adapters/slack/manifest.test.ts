import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../adapters/slack/limits';
import { createSlackManifest, renderSlackManifest } from '../../../adapters/slack/manifest';
import { botScopesFor, describeScopes } from '../../../adapters/slack/manifest-scopes';
import type { CommandSpec } from '../../../src/command-spec';

const spec = (group: string, name: string, extra: Partial<CommandSpec> = {}): CommandSpec => ({
  group,
  name,
  description: `${group} ${name} does things`,
  access: 'anyone',
  options: [],
  accepts: () => true,
  ...extra,
});

const specs: CommandSpec[] = [
  spec('brief', 'ask', { options: [{ name: 'question', description: 'q', type: 'string', required: true, positional: true, rest: true }] }),
  spec('brief', 'help'),
  spec('brief', 'export', { platforms: ['terminal', 'cli'] }),
  spec('fact', 'add', { access: 'moderator' }),
  spec('fact', 'suggest'),
  spec('dump', 'all', { platforms: ['cli'] }),
];

describe('Slack app manifest', () => {
  it('declares one slash command per group offered on Slack', () => {
    const manifest = createSlackManifest(specs, { mode: 'socket' });
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/brief', '/fact']);
    expect(manifest.features.slash_commands[0]!.usage_hint).toBe('<question> | help');
    expect(manifest.features.slash_commands[1]!.description).toBe('add, suggest: see /brief help');
  });

  it('asks only for the scopes the configuration uses, with interactivity on', () => {
    const manifest = createSlackManifest(specs, { mode: 'socket' });
    expect(manifest.oauth_config.scopes.bot).toEqual(['commands']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const withGroup = createSlackManifest(specs, { mode: 'socket' }, {}, { moderatorGroup: 'S0614TZR7' });
    expect(withGroup.oauth_config.scopes.bot).toEqual(['commands', 'usergroups:read']);
  });

  it('says why each scope is there', () => {
    expect(describeScopes(botScopesFor({ moderatorGroup: 'S0614TZR7' }))).toBe(
      'Bot scopes in this manifest:\n' +
        '  commands: receive /brief, /fact, /review, /source and /alias (answers go back through each command’s response_url, which needs no scope)\n' +
        '  usergroups:read: read who is in the moderator group S0614TZR7 (SLACK_MODERATOR_GROUP)\n',
    );
  });

  it('uses the names given, refusing an empty one or one over Slack’s limits instead of cutting it', () => {
    const manifest = JSON.parse(renderSlackManifest(specs, ['--name', 'Briefing desk', '--display-name', 'x'.repeat(80)]));
    expect(manifest.display_information.name).toBe('Briefing desk');
    expect(manifest.features.bot_user.display_name).toBe('x'.repeat(80));
    expect(() => renderSlackManifest(specs, ['--name', ''])).toThrow(/^--name must not be empty, e\.g\. --name "briefbot"\. Use: slack-manifest/);
    expect(() => renderSlackManifest(specs, ['--name', 'x'.repeat(36)])).toThrow(/^--name is 36 characters; Slack allows 35\. Choose a shorter one/);
    expect(() => renderSlackManifest(specs, ['--name', 'ok', '--display-name', 'x'.repeat(81)])).toThrow(/^--display-name is 81 characters; Slack allows 80\./);
  });

  it('enables Socket Mode and names no request URL without --url', () => {
    const manifest = JSON.parse(renderSlackManifest(specs, []));
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('url');
  });

  it('points commands and interactivity at /slack/events with --url', () => {
    const manifest = JSON.parse(renderSlackManifest(specs, ['--url', 'https://briefbot.example.org/']));
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.interactivity.request_url).toBe('https://briefbot.example.org/slack/events');
    expect(manifest.features.slash_commands.map((command: { url: string }) => command.url)).toEqual([
      'https://briefbot.example.org/slack/events',
      'https://briefbot.example.org/slack/events',
    ]);
  });

  it("keeps within Slack's manifest limits", () => {
    const long = 'x'.repeat(3000);
    const manifest = createSlackManifest([spec('a-very-long-group-name-beyond-the-limit', 'b', { description: long })], { mode: 'socket' });
    const [command] = manifest.features.slash_commands;
    expect(command!.command.length).toBeLessThanOrEqual(SLACK_LIMITS.commandName);
    expect(command!.description.length).toBeLessThanOrEqual(SLACK_LIMITS.commandDescription);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(SLACK_LIMITS.appName);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(SLACK_LIMITS.appDescription);
  });

  it('refuses a plain-http address and unknown options, showing the usage', () => {
    expect(() => renderSlackManifest(specs, ['--url', 'http://briefbot.example.org'])).toThrow(/--url must be the https:\/\/ address.*Use: slack-manifest/);
    expect(() => renderSlackManifest(specs, ['--port', '3000'])).toThrow(/Unknown option '--port'.*Use: slack-manifest/);
  });
});
