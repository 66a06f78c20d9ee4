import type { z } from 'zod';
import type { Platform } from './caller';
import type { CommandSpec, OptionSpec } from './command-spec';
import { type UsageStyle, exampleOf, nameOf, styleOf } from './command-usage';
import { UserError } from './user-error';

/** A command's options were missing or malformed; `fields` says what is wrong with each option at fault. */
export class OptionError extends UserError {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message, 'invalid-options', Object.keys(fields)[0]);
    this.name = 'OptionError';
  }
}

// What a missing option is called: "a reason", and on text platforms how a named one is typed.
function describeMissing(option: OptionSpec | undefined, field: string, style: UsageStyle): string {
  const named = style !== 'discord' && !option?.positional ? ` (--${field})` : '';
  return `${/^[aeiou]/.test(field) ? 'an' : 'a'} ${field}${named}`;
}

function joinAll(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

// zod's own wording for a wrong type speaks to programmers; people get what the option needs.
function describeIssue(issue: z.core.$ZodIssue, option: OptionSpec | undefined): string {
  if (issue.code === 'invalid_type') return option?.type === 'integer' ? 'must be a whole number' : `must be a ${issue.expected}`;
  return issue.message;
}

// The option a rule between options names as at fault (see fact-content-rules), if any.
function ruleFieldOf(issue: z.core.$ZodIssue): string[] {
  const field = issue.code === 'custom' ? (issue.params as { field?: unknown } | undefined)?.field : undefined;
  return typeof field === 'string' ? [field] : [];
}

// Echo a short typed value so the person sees which one was wrong; a long one would drown the message.
function describeTyped(value: unknown): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return text !== '' && text.length <= 40 ? ` (got “${text}”)` : '';
}

/**
 * Turns zod's issues with a command's raw options into one refusal a person can act on: every
 * missing option at once, then what each malformed one needs, and one example of the command as
 * typed on the caller's platform (from the definition's `example`).
 */
export function toOptionError(spec: CommandSpec, error: z.ZodError, raw: Record<string, unknown>, platform: Platform): OptionError {
  const style = styleOf(platform);
  const optionOf = (field: string): OptionSpec | undefined => spec.options.find((option) => option.name === field);
  const fieldOf = (issue: z.core.$ZodIssue): string => String(issue.path[0] ?? '');
  const absent = error.issues.filter((issue) => issue.code === 'invalid_type' && raw[fieldOf(issue)] === undefined);
  // An option that says what it is when left out gets its own sentence; the rest are listed together.
  const explained = absent.filter((issue) => optionOf(fieldOf(issue))?.missing !== undefined);
  const missing = absent.filter((issue) => !explained.includes(issue));
  const malformed = error.issues.filter((issue) => !absent.includes(issue));
  const sentences: string[] = [];
  // Each sentence is also kept under the options it is about, so a form can show it under their fields.
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  const say = (about: readonly string[], sentence: string): void => {
    sentences.push(sentence);
    if (about.length === 0) unplaced.push(sentence);
    for (const field of about) fields[field] = [fields[field], sentence].filter(Boolean).join(' ');
  };
  for (const issue of explained) {
    const sentence = `“${fieldOf(issue)}” is required: ${optionOf(fieldOf(issue))!.missing}.`;
    if (!sentences.includes(sentence)) say([fieldOf(issue)], sentence);
  }
  const missingLabels = [...new Set(missing.map((issue) => describeMissing(optionOf(fieldOf(issue)), fieldOf(issue), style)))];
  if (missingLabels.length) say([...new Set(missing.map(fieldOf).filter(Boolean))], `${nameOf(spec, style)} needs ${joinAll(missingLabels)}.`);
  for (const issue of malformed) {
    const field = fieldOf(issue);
    // A rule between options (a refinement of the whole input) words its own sentence, and may name the option at fault.
    if (field) say([field], `“${field}” ${describeIssue(issue, optionOf(field))}${describeTyped(raw[field])}.`);
    else say(ruleFieldOf(issue), issue.message);
  }
  const example = `Example: ${exampleOf(spec, style)}`;
  sentences.push(example);
  // Sentences about no single option (the example above all) go with the first option at fault.
  const [first] = Object.keys(fields);
  if (first) fields[first] = [fields[first], ...unplaced, example].join(' ');
  return new OptionError(sentences.join(' '), fields);
}
