const ELLIPSIS = '…';

// mrkdwn has no escape for its formatting marks, so each becomes a character that looks alike but
// formats nothing: stored text then cannot draw a bold "Source S1:" label, strike, code or a quote
// of its own that would pass for the bot's. A line-leading `>` is the quote mark; elsewhere it is harmless.
const FORMATTING_LOOKALIKES: Record<string, string> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };
const FORMATTING_MARKS = /[*_~`]/g;
const LINE_LEADING_QUOTE = /^(\s*)>/gm;

// One code point for one, so a cut can be made on the neutralised text as on the original.
const neutraliseFormatting = (text: string): string =>
  text.replace(FORMATTING_MARKS, (mark) => FORMATTING_LOOKALIKES[mark]!).replace(LINE_LEADING_QUOTE, '$1\u203a');

// The three characters Slack treats as control characters: mentions (`<!channel>`, `<@U…>`) and links.
const escapeControls = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Makes text typed by a person or stored in the base safe to show as mrkdwn: it can never become
 * a mention or a disguised link (`&`, `<`, `>` escaped), nor bold, italic, strike, code or a block
 * quote (formatting marks replaced by lookalikes that format nothing).
 */
export function escapeText(text: string): string {
  return escapeControls(neutraliseFormatting(text));
}

/**
 * Escapes text and fits it into `max` characters (counted after escaping), ending a cut text with
 * "…". Cuts fall between code points, never inside an escape or a surrogate pair.
 */
export function fitText(text: string, max: number): string {
  const escaped = escapeText(text);
  if (escaped.length <= max) return escaped;
  let kept = '';
  for (const char of neutraliseFormatting(text)) {
    const piece = escapeControls(char);
    if (kept.length + piece.length + ELLIPSIS.length > max) break;
    kept += piece;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * A Slack block quote of `text` within `max` characters: every line starts with `>`, and the
 * quote's tail is cut with "…" if it must be.
 */
export function toBlockQuote(text: string, max: number): string {
  const lines = text.split('\n').length;
  // Each line costs one `>`; budgeting for all of them keeps a cut quote (fewer lines) in bounds too.
  return fitText(text, max - lines)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * A link to an http(s) address labelled `label` (our own words), within `max` characters counted
 * after escaping and encoding (an address of `&`s grows fivefold). `|` or a space would end the
 * address early, so they are percent-encoded. An address that is not http(s), or whose link would
 * not fit, is shown as plain text, cut to fit.
 */
export function toLink(url: string, label: string, max: number): string {
  const link = `<${escapeControls(url).replace(/[|\s]/g, encodeURIComponent)}|${escapeText(label)}>`;
  return /^https?:\/\//i.test(url) && link.length <= max ? link : fitText(url, max);
}
