/** What every rendering says under a fact whose source has no stored text to check its quote against. */
export const QUOTE_NOT_CHECKED = 'quote not checked against the source';
