/**
 * What the terminal renderer promises about its output. A terminal has no message size limit and
 * wraps long lines itself, so nothing is cut; what it must never receive raw are control
 * characters: ESC (U+001B) and CSI (U+009B) start escape sequences that move the cursor, clear the
 * screen, retitle the window or forge a hyperlink, and a carriage return overwrites the line.
 */
export const TERMINAL_LIMITS = {
  /** C0 and C1 control characters and DEL; tab and newline are layout and stay. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what this pattern is for.
  controlCharacters: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
  /** What each control character in reply text is shown as, so the reader sees something was there. */
  controlPlaceholder: '\uFFFD',
} as const;
