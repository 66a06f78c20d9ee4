import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commandSpecs } from '../../commands';
import type { Caller } from '../../src/caller';
import { commandName } from '../../src/command-spec';
import { member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const core = await openTestCore();
afterAll(() => core.cleanup());

const HOSTILE = [
  '',
  ' ',
  '"',
  "'",
  '\\',
  '*',
  'NEAR(a b)',
  'a OR b NOT c',
  '(((',
  ')',
  '<!channel>',
  '@everyone',
  '<@&123>',
  '**bold**',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  'طالبان',
  '🙂',
  'x'.repeat(5000),
  'F1',
  'S1',
  'F999999999',
  '-1',
  '1e9',
  '..',
  '2025..2024',
  'javascript:alert(1)',
  'https://example.org',
  'Name:kind',
  'TTP',
  "'; DROP TABLE facts; --",
  '\u200b',
  'a\u2066b',
  '\u2028',
  '\ufeffTTP',
  '2025-02-30',
  '0000',
  '2024-02-29',
  'F2147483648',
  'F0',
  '=HYPERLINK("x")',
  'HTTPS://EXAMPLE.org/../',
  'border:place',
];

const anyValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(undefined),
);

// Writing a backup to a random path would litter the disk; every other command is fair game.
const targets = commandSpecs.filter((command) => command.name !== 'backup');

describe.each(targets.map((command) => [commandName(command), command] as const))('%s with random and hostile options', (name, command) => {
  it('never throws, refuses with a clear message, and leaves the base unchanged when it refuses', async () => {
    const optionsArbitrary = fc.record(Object.fromEntries(command.options.map((option) => [option.name, anyValue])), { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(optionsArbitrary, fc.constantFrom<Caller>(member, moderator), async (options, caller) => {
        const before = snapshotTables(core.base);
        const reply = await core.dispatch(name, options, caller);
        const errors = reply.blocks.filter((block) => block.kind === 'notice' && block.level === 'error');
        expect(noticesOf(reply).join(' ')).not.toMatch(/Something went wrong/);
        if (errors.length > 0) {
          expect(noticesOf(reply).join(' ').length).toBeGreaterThan(10);
          expect(snapshotTables(core.base)).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
