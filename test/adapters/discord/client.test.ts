import { GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client';

describe('the Discord client', () => {
  it('forbids every mention on the client itself, uses the Guilds intent only and the configured REST base', async () => {
    const client = createDiscordClient({ token: 't', applicationId: '1000000000000000001', apiUrl: 'http://127.0.0.1:1/api', moderatorRoleIds: [] });
    try {
      expect(client.options.allowedMentions).toEqual({ parse: [] });
      expect(client.options.intents.bitfield).toBe(GatewayIntentBits.Guilds);
      expect(client.options.rest?.api).toBe('http://127.0.0.1:1/api');
    } finally {
      await client.destroy();
    }
  });
});
