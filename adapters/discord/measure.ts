import type { APIEmbed } from 'discord.js';

/** The characters of an embed that count toward Discord's per-message total of 6000. */
export function measureEmbed(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}
