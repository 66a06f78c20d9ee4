// Stored text is plain; these characters would turn it into Markdown syntax (emphasis, links, HTML, tables).
const MARKDOWN_SYNTAX = /[\\`*_[\]<>|#]/g;

/** Plain text made safe to place in a Markdown document: every Markdown and HTML character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, (character) => `\\${character}`);
}
