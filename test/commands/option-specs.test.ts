import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { factId, httpUrl, plainText } from '../../src/fields';
import { option } from '../../src/option-meta';
import { toCommandSpec, toOptionSpecs } from '../../src/option-specs';
import type { Reply } from '../../src/reply';

const described = (description: string) => ({ description });

describe('deriving a command’s options from its zod input', () => {
  it('takes each option’s type from its field: text and choices are strings, whole numbers integers', () => {
    const options = toOptionSpecs(
      z.object({
        text: option(plainText(10), described('t')),
        choice: option(z.enum(['a', 'b']), described('c')),
        count: option(z.coerce.number().int().min(1), described('n')),
        flag: option(z.boolean(), described('f')),
      }),
    );
    expect(options.map(({ name, type }) => [name, type])).toEqual([
      ['text', 'string'],
      ['choice', 'string'],
      ['count', 'integer'],
      ['flag', 'boolean'],
    ]);
  });

  it('makes an option required unless its field is optional or has a default', () => {
    const options = toOptionSpecs(
      z.object({
        plain: option(plainText(10), described('p')),
        transformed: option(
          z.string().transform((text) => text.length),
          described('t'),
        ),
        optional: option(plainText(10).optional(), described('o')),
        defaulted: option(z.boolean().default(false), described('d')),
        pageNumber: option(z.coerce.number().int().default(1), described('n')),
      }),
    );
    expect(Object.fromEntries(options.map(({ name, required }) => [name, required]))).toEqual({
      plain: true,
      transformed: true,
      optional: false,
      defaulted: false,
      pageNumber: false,
    });
  });

  it('reads the longest accepted text through optional, default, refinements and transforms', () => {
    const options = toOptionSpecs(
      z.object({
        bare: option(plainText(40), described('b')),
        optional: option(plainText(30).optional(), described('o')),
        url: option(httpUrl.optional(), described('u')),
        unlimited: option(z.string(), described('x')),
        flag: option(z.boolean().default(false), described('f')),
      }),
    );
    expect(options.map(({ name, maxLength }) => [name, maxLength])).toEqual([
      ['bare', 40],
      ['optional', 30],
      ['url', 2000],
      ['unlimited', undefined],
      ['flag', undefined],
    ]);
    expect(options.filter((spec) => spec.maxLength === undefined).every((spec) => !('maxLength' in spec))).toBe(true);
  });

  it('copies the metadata declared on the field, whether before or after making it optional', () => {
    const [inner, outer] = toOptionSpecs(
      z.object({
        inner: option(plainText(10), { description: 'Declared inside', positional: true, rest: true, autocomplete: 'entity' }).optional(),
        outer: option(plainText(10).optional(), { description: 'Declared outside', multiline: true, fromAttachment: true, missing: 'a thing' }),
      }),
    );
    expect(inner).toEqual({
      name: 'inner',
      description: 'Declared inside',
      positional: true,
      rest: true,
      autocomplete: 'entity',
      type: 'string',
      required: false,
      maxLength: 10,
    });
    expect(outer).toEqual({
      name: 'outer',
      description: 'Declared outside',
      multiline: true,
      fromAttachment: true,
      missing: 'a thing',
      type: 'string',
      required: false,
      maxLength: 10,
    });
  });

  it('keeps the order in which the input declares its fields', () => {
    const names = toOptionSpecs(
      z.object({ b: option(z.boolean(), described('b')), a: option(z.boolean(), described('a')), c: option(z.boolean(), described('c')) }),
    ).map((spec) => spec.name);
    expect(names).toEqual(['b', 'a', 'c']);
  });

  it('lets two commands describe one shared field each in their own words', () => {
    const [first] = toOptionSpecs(z.object({ id: option(factId, described('The fact to show')) }));
    const [second] = toOptionSpecs(z.object({ id: option(factId, described('The fact to retract')) }));
    expect([first?.description, second?.description]).toEqual(['The fact to show', 'The fact to retract']);
  });

  it('refuses a field declared without metadata, naming it', () => {
    expect(() => toOptionSpecs(z.object({ bare: plainText(10) }))).toThrow(/Option “bare” has no description/);
  });

  it('refuses a number that may be fractional, which no platform option here can carry', () => {
    expect(() => toOptionSpecs(z.object({ ratio: option(z.number(), described('r')) }))).toThrow(/Option “ratio” is a number/);
  });
});

describe('a command as adapters see it', () => {
  const reply: Reply = { outcome: 'ok', visibility: 'private', blocks: [] };
  const command = {
    group: 'test',
    name: 'write',
    description: 'Writes',
    access: 'moderator' as const,
    writes: true,
    platforms: ['terminal' as const],
    example: { id: 'F1' },
    input: z.object({ id: option(factId, described('Fact id')) }),
    run: () => reply,
  };

  it('keeps every declared field but the implementation, and derives the options', () => {
    const spec = toCommandSpec(command);
    expect(spec).toEqual({
      group: 'test',
      name: 'write',
      description: 'Writes',
      access: 'moderator',
      writes: true,
      platforms: ['terminal'],
      example: { id: 'F1' },
      options: [{ name: 'id', description: 'Fact id', type: 'string', required: true, maxLength: 11 }],
      accepts: expect.any(Function),
    });
  });

  it('checks raw option values against the command schema', () => {
    const spec = toCommandSpec(command);
    expect(spec.accepts({ id: 'F12' })).toBe(true);
    expect(spec.accepts({ id: 'day' })).toBe(false);
    expect(spec.accepts({})).toBe(false);
  });

  it('is derived once and read-only', () => {
    const spec = toCommandSpec(command);
    expect(toCommandSpec(command)).toBe(spec);
    expect(Object.isFrozen(spec) && Object.isFrozen(spec.options) && Object.isFrozen(spec.options[0])).toBe(true);
  });
});
