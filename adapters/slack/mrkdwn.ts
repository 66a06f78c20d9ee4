const ELLIPSIS = '…';

/**
 * Escapes the three characters Slack treats as control characters, so text typed by a person or
 * stored in a fact can never become a mention (`<!channel>`, `<@U…>`) or a disguised link.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes text and fits it into `max` characters (counted after escaping), ending a cut text with
 * "…". Cuts fall between code points, never inside an escape or a surrogate pair.
 */
export function fitText(text: string, max: number): string {
  const escaped = escapeText(text);
  if (escaped.length <= max) return escaped;
  let kept = '';
  for (const char of text) {
    const piece = escapeText(char);
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
 * A link to an http(s) address labelled `label` (our own words), or the escaped address as plain
 * text when it is not one. `|` or a space would end the address early, so they are percent-encoded.
 */
export function toLink(url: string, label: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeText(url);
  return `<${escapeText(url).replace(/[|\s]/g, encodeURIComponent)}|${escapeText(label)}>`;
}
