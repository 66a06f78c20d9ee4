import { distance } from 'fastest-levenshtein';
import type { CommandSpec } from '../../src/command-spec';

/** What the first words of a command line name. */
export type CommandMatch =
  /** A command, with the words after its name and, where the line could also be a question (`stats on TTP`), the question. */
  | { kind: 'command'; spec: CommandSpec; rest: string[]; question?: string[] }
  /** A near miss of a command's name (`serach`), with the words after it and, where the line could also be a question, the question. */
  | { kind: 'near'; spec: CommandSpec; typed: string; rest: string[]; question?: string[] }
  /** A group such as `/review` without one of its subcommands. */
  | { kind: 'group'; group: string; typed?: string }
  /** No command word: the words are a question. */
  | { kind: 'question'; words: string[] };

// One slip in a short name, two in a longer one: "lst" → list, "serach" → search, but "as" is not "ask".
const maxSlips = (word: string): number => (word.length <= 4 ? 1 : 2);

/** The name among `names` a mistyped word most likely meant, if any is close enough. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  if (word.length < 2 || names.includes(word)) return undefined;
  let best: { name: string; slips: number } | undefined;
  for (const name of names) {
    const slips = distance(word, name);
    if (slips <= maxSlips(word) && (!best || slips < best.slips)) best = { name, slips };
  }
  return best?.name;
}

function matchBrief(words: readonly string[], brief: readonly CommandSpec[], specs: readonly CommandSpec[]): CommandMatch {
  const [head = '', ...rest] = words;
  const spec = brief.find((candidate) => candidate.name === head);
  if (spec) return { kind: 'command', spec, rest, question: [...words] };
  // "report F33" left out its group: the one command of that name is meant, not a brief command a
  // couple of letters away ("import").
  const sameName = specs.filter((candidate) => candidate.group !== 'brief' && candidate.name === head);
  if (sameName.length === 1) return { kind: 'near', spec: sameName[0]!, typed: head, rest, question: [...words] };
  const near = closestName(
    head,
    brief.map((candidate) => candidate.name),
  );
  // A word close to "ask" ("as", "aks") changes nothing: the whole line is a question either way.
  const nearSpec = brief.find((candidate) => candidate.name === near && candidate.name !== 'ask');
  return nearSpec ? { kind: 'near', spec: nearSpec, typed: head, rest, question: [...words] } : { kind: 'question', words: [...words] };
}

/**
 * Reads which command a line names, the same way wherever it was typed: `/brief fact F3`,
 * `fact F3`, `/fact add …`; the `brief` group's commands need no group word, and words that name no
 * command are a question. A near miss of a name is reported as such for the caller to decide.
 */
export function findCommand(words: readonly string[], specs: readonly CommandSpec[]): CommandMatch {
  const [head = '', next] = words;
  const exact = specs.find((spec) => spec.group === head && spec.name === next);
  if (exact) return { kind: 'command', spec: exact, rest: words.slice(2) };
  const brief = specs.filter((spec) => spec.group === 'brief');
  if (head === 'brief') return matchBrief(words.slice(1), brief, specs);
  const members = specs.filter((spec) => spec.group === head);
  if (members.length > 0 && head !== 'brief') {
    // `/fact ad …` meant `/fact add`; `fact F3` is still `/brief fact F3`.
    const near =
      next === undefined
        ? undefined
        : closestName(
            next,
            members.map((spec) => spec.name),
          );
    const nearSpec = members.find((spec) => spec.name === near);
    if (nearSpec && next !== undefined) return { kind: 'near', spec: nearSpec, typed: next, rest: words.slice(2) };
    if (next === undefined || !brief.some((spec) => spec.name === head)) return { kind: 'group', group: head, ...(next === undefined ? {} : { typed: next }) };
  }
  return matchBrief(words, brief, specs);
}
