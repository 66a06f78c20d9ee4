import { describe, expect, it } from 'vitest';
import { commandSpecs, commands } from '../../commands';
import { type CommandSpec, type OptionSpec, commandName } from '../../src/command-spec';

const cases = commands.map((command, index) => [commandName(command), command, commandSpecs[index]!] as const);
const specOf = (name: string): CommandSpec => commandSpecs.find((spec) => commandName(spec) === name)!;
const requiredOf = (name: string): string[] =>
  specOf(name)
    .options.filter((option) => option.required)
    .map((option) => option.name);

const TYPE_OF_VALUE: Record<OptionSpec['type'], string> = { string: 'string', integer: 'number', boolean: 'boolean' };

describe.each(cases)('%s: its option list is its schema', (_name, command, spec) => {
  it('lists exactly the fields its input declares, in their order', () => {
    expect(spec.options.map((option) => option.name)).toEqual(Object.keys(command.input.shape));
  });

  it('marks as required exactly the options its schema refuses to do without', () => {
    const result = command.input.safeParse({});
    const refused = result.success ? [] : result.error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => String(issue.path[0]));
    expect(spec.options.filter((option) => option.required).map((option) => option.name)).toEqual(refused);
  });

  it('gives an example naming only its options, each value of the option’s type and accepted by its field', () => {
    const shape = command.input.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
    for (const [name, value] of Object.entries(spec.example ?? {})) {
      const option = spec.options.find((candidate) => candidate.name === name);
      expect(option, `${name} is not an option`).toBeDefined();
      expect(typeof value, name).toBe(TYPE_OF_VALUE[option!.type]);
      expect(shape[name]!.safeParse(value).success, `${name}: ${String(value)}`).toBe(true);
    }
  });

  it('fills positional words in an order text platforms can follow', () => {
    const positional = spec.options.filter((option) => option.positional);
    expect(spec.options.filter((option) => option.rest && !option.positional)).toEqual([]);
    // Only the last positional may take the remaining words, and a required one never waits behind an optional one.
    expect(positional.slice(0, -1).filter((option) => option.rest)).toEqual([]);
    const firstOptional = positional.findIndex((option) => !option.required);
    expect(firstOptional === -1 ? [] : positional.slice(firstOptional).filter((option) => option.required)).toEqual([]);
  });

  it('describes every option', () => {
    expect(spec.options.filter((option) => option.description.trim() === '')).toEqual([]);
  });
});

describe('options the commands once declared twice', () => {
  it('fact add and fact suggest require a statement, and nothing else the quote or a source could stand in for', () => {
    expect(requiredOf('fact add')).toEqual(['statement']);
    expect(requiredOf('fact suggest')).toEqual(['statement']);
  });

  it('source add requires a title and an address', () => {
    expect(requiredOf('source add')).toEqual(['title', 'url']);
  });

  it('fact edit and source edit take every content field as an optional change', () => {
    expect(requiredOf('fact edit')).toEqual(['id', 'reason']);
    expect(requiredOf('source edit')).toEqual(['id', 'reason']);
  });
});
