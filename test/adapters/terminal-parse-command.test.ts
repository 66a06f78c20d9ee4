import { describe, expect, it } from 'vitest';
import { splitLine } from '../../adapters/terminal/parse-command';

describe('splitting a typed terminal line', () => {
  it('keeps apostrophes inside and at the end of words', () => {
    expect(splitLine("/brief ask what's the TTP's aim for fighters'")).toEqual(['brief', 'ask', "what's", 'the', "TTP's", 'aim', 'for', "fighters'"]);
  });

  it('groups quoted words, straight or curly', () => {
    expect(splitLine('/fact add --statement "Two guards died" --quote “two guards”')).toEqual([
      'fact',
      'add',
      '--statement',
      'Two guards died',
      '--quote',
      'two guards',
    ]);
  });
});
