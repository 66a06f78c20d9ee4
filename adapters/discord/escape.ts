import { escapeMarkdown } from 'discord.js';

// A link ends before trailing punctuation, so "see https://example.org." keeps its full stop outside.
const URL_PATTERN = /https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"”’]/g;
// An @ that could start a mention (@everyone, @here, <@123>, <@&role>, <@!123>) gets a zero-width
// space after it: the text reads the same but Discord no longer sees a mention in it.
const MENTION_AT = /@(?=[\w&!])/g;
const BLOCKQUOTE = /^(\s*)>/gm;
const BRACKET = /[[\]]/g;
const LINK_TARGET_UNSAFE = /[()<>\s]/g;

// Every bracket is escaped, not only complete `[text](url)` patterns: links are cut out of the text
// before escaping, so a masked link's two halves would otherwise each look harmless.
function escapeWords(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
    .replace(BRACKET, '\\$&')
    .replace(BLOCKQUOTE, '$1\\>')
    .replace(MENTION_AT, '@\u200b');
}

// Escaping only ever adds characters, so text cut to one past `max` before escaping still comes out
// longer than `max` and is cut (with its ellipsis) by truncateText as the whole text would have been.
function boundText(text: string, max: number): string {
  if (text.length <= max + 1) return text;
  const end = /[\ud800-\udbff]/.test(text[max] ?? '') ? max : max + 1;
  return text.slice(0, end);
}

/**
 * Plain text as Discord markdown that shows exactly that text: markdown escaped, mentions broken,
 * links left clickable. In message content links are wrapped in `<…>`, which stops Discord from
 * adding a preview for them; links inside embeds never get one. discord.js's escapeMarkdown takes
 * time quadratic in the length, so only as much text as the place it goes (`max` characters) can
 * show is escaped; the caller truncates the result to `max`.
 */
export function escapeText(raw: string, where: 'embed' | 'content', max: number): string {
  const text = boundText(raw, max);
  let escaped = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    escaped += escapeWords(text.slice(last, match.index));
    escaped += where === 'content' ? `<${match[0]}>` : match[0];
    last = match.index + match[0].length;
  }
  return escaped + escapeWords(text.slice(last));
}

/** Text for the `[…]` of a masked link: escaped, with brackets that would end the link escaped too. */
export function escapeLinkText(text: string, max: number): string {
  // A bracket after an even number of backslashes is still live markdown.
  return escapeText(text, 'embed', max).replace(/(\\*)([[\]])/g, (match, slashes: string, bracket: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\${bracket}` : match,
  );
}

/**
 * The address as Discord should get it: parsed and written back by the URL standard (so what
 * Discord links to is what a browser would open), and only when it is http(s); undefined otherwise.
 */
export function toSafeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A URL for the `(…)` of a masked link: characters that would end the link are percent-encoded. */
export function toLinkTarget(url: string): string {
  return url.replace(LINK_TARGET_UNSAFE, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// Cutting right after a backslash would leave it escaping whatever follows in the next piece.
function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const soft = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
  let cut = soft > max / 2 ? soft : max;
  while (cut > 1 && text[cut - 1] === '\\') cut -= 1;
  return cut;
}

/** Splits text into pieces of at most `max` characters, between words where possible. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = findCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Shortens text to at most `max` characters, ending with an ellipsis when it had to cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, findCut(text, max - 1)).trimEnd()}…`;
}
