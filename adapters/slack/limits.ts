/**
 * Slack's size limits that briefbot's messages, modals and manifest must respect (Block Kit and
 * app manifest reference). Lengths are in characters; JavaScript string length (UTF-16 code units)
 * never undercounts them, so checking `.length` against these is safe.
 */
export const SLACK_LIMITS = {
  /** Text of a section block. */
  sectionText: 3000,
  /** A text object inside a context block. */
  contextText: 3000,
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Elements in one context block. */
  contextElements: 10,
  /** Elements in one actions block. */
  actionElements: 25,
  /** Visible text of a button. */
  buttonText: 75,
  /** Value a button carries back to the app. */
  buttonValue: 2000,
  /** action_id and block_id. */
  actionId: 255,
  /** Messages one response_url accepts (within 30 minutes). */
  responsesPerUrl: 5,
  /** The notification text we send alongside blocks; Slack allows 40,000 but it is only a preview. */
  fallbackText: 3000,
  /** Modal title, submit and close labels. */
  modalTitle: 24,
  modalButton: 24,
  /** Blocks in a modal. */
  modalBlocks: 100,
  /** Label and hint of an input block. */
  inputLabel: 2000,
  inputHint: 2000,
  /** Placeholder of an input element. */
  placeholder: 150,
  /** Characters a plain-text input accepts. */
  plainTextInput: 3000,
  /** The modal's private_metadata. */
  privateMetadata: 3000,
  /** A validation message shown under a modal field. */
  fieldError: 2000,
  /** Manifest: the slash command itself including the slash, its description and usage hint. */
  commandName: 32,
  commandDescription: 2000,
  commandUsageHint: 1000,
  /** Manifest: app name and short description. */
  appName: 35,
  /** Manifest: the bot user's display name. */
  botDisplayName: 80,
  appDescription: 140,
} as const;
