import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../adapters/discord/config';
import { loadSlackConfig } from '../../adapters/slack/config';
import { clockFrom, loadConfig } from '../../src/config';
import { ConfigError } from '../../src/domain/errors';

describe('reading the environment', () => {
  it('treats a blank value as unset in the core, Slack and Discord settings alike', () => {
    expect(loadConfig({ LOG_LEVEL: '  ', BRIEFBOT_RATE_QUERIES_PER_MINUTE: '' }).logLevel).toBe('info');
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: ' ', SLACK_APP_TOKEN: '' })).toBeUndefined();
    expect(loadDiscordConfig({ DISCORD_TOKEN: '\t' })).toBeUndefined();
    expect(Math.abs(clockFrom({ BRIEFBOT_TODAY: ' ' })().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('stops on a wrong value with a ConfigError naming the variable', () => {
    const attempt = (): unknown => loadConfig({ BRIEFBOT_RATE_WRITES_PER_MINUTE: '0' });
    expect(attempt).toThrowError(ConfigError);
    expect(attempt).toThrowError(/^Configuration error: BRIEFBOT_RATE_WRITES_PER_MINUTE must be 1 or more\. See \.env\.example/);
    expect(() => loadSlackConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrowError(ConfigError);
    expect(() => loadDiscordConfig({ DISCORD_TOKEN: 'token' })).toThrowError(ConfigError);
  });

  it('chooses PostgreSQL only for a postgres:// address, and never echoes a wrong one, which may hold a password', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ BRIEFBOT_DATABASE_URL: ' postgres://bot:pw@db:5432/briefbot ' }).databaseUrl).toBe('postgres://bot:pw@db:5432/briefbot');
    const attempt = (): unknown => loadConfig({ BRIEFBOT_DATABASE_URL: 'mysql://bot:s3cret@db/briefbot' });
    expect(attempt).toThrowError(/BRIEFBOT_DATABASE_URL must start with postgres:\/\//);
    expect(attempt).not.toThrowError(/s3cret/);
  });

  it('reads the PostgreSQL schema of a base, refusing a name that is no plain schema name or that has no database URL beside it', () => {
    const url = 'postgres://briefbot@db.internal:5432/briefbot';
    expect(loadConfig({ BRIEFBOT_DATABASE_URL: url, BRIEFBOT_DATABASE_SCHEMA: ' team_a ' }).databaseSchema).toBe('team_a');
    expect(loadConfig({ BRIEFBOT_DATABASE_URL: url }).databaseSchema).toBeUndefined();
    expect(() => loadConfig({ BRIEFBOT_DATABASE_URL: url, BRIEFBOT_DATABASE_SCHEMA: 'Team-A; DROP' })).toThrowError(
      /BRIEFBOT_DATABASE_SCHEMA must be a schema name of lower-case letters/,
    );
    expect(() => loadConfig({ BRIEFBOT_DATABASE_SCHEMA: 'team_a' })).toThrowError(/BRIEFBOT_DATABASE_SCHEMA .*needs BRIEFBOT_DATABASE_URL/);
  });
});
