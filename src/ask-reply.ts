import type { AnswerPassage } from './documents/answer-passages';
import { describeSource } from './format';
import type { Block, FactView, CommandReply, SourceView, Visibility } from './reply';
import type { ReadingAnswer } from './search/ask-with-reading';

/** A fact in the `ask --json` contract. */
export interface FactJson {
  id: string;
  statement: string;
  quote: string;
  period: { start: string | null; end: string | null };
  entities: string[];
  source: FactView['source'];
  score: number;
  /** False when the source has no stored text to check the quote against. */
  quoteChecked: boolean;
}

/** The `ask --json` contract: answers only when they answer; otherwise related facts and hints. */
export interface AskJson {
  query: string;
  answers: FactJson[];
  related: FactJson[];
  suggestions: string[];
  /** Sources to read on the question, best first (the whole answer to "who wrote about …"). */
  furtherReading: SourceView[];
  /** When no fact answers: passages of stored source texts that match, verbatim and not reviewed. */
  passages: AnswerPassage[];
  /** For a comparison question: which answer stands for which side. */
  comparison?: { label: string; id: string }[];
}

function toFactJson({ fact, score }: { fact: FactView; score: number }): FactJson {
  const { id, statement, quote, period, entities, source, quoteChecked } = fact;
  return { id, statement, quote, period, entities, source, score: Math.round(score * 1000) / 1000, quoteChecked };
}

const FURTHER_READING = 'Further reading:';

function readingBlocks(sources: readonly SourceView[]): Block[] {
  if (sources.length === 0) return [];
  const items = sources.map((source) => `${source.id} ${describeSource(source)}${source.url ? ` ${source.url}` : ''}`);
  return [
    { kind: 'text', text: FURTHER_READING },
    { kind: 'list', items },
  ];
}

/** The label passages carry, so nobody takes a document's words for a reviewed fact. */
export const PASSAGES_LABEL = 'From the source text, not a reviewed fact:';

function passageBlocks(passages: readonly AnswerPassage[]): Block[] {
  if (passages.length === 0) return [];
  return [
    { kind: 'text', text: PASSAGES_LABEL },
    { kind: 'list', items: passages.map((p) => `“${p.text}” (${p.sourceId}:${p.start}-${p.end})`) },
  ];
}

// An answer shows the few facts that answer; the search listing pages through everything related.
function moreResults(question: string, blocks: readonly Block[]): Pick<CommandReply, 'actions'> {
  if (!blocks.some((block) => block.kind === 'fact')) return {};
  return { actions: [{ kind: 'more', label: 'More results', invocation: { command: 'brief search', options: { query: question } } }] };
}

/** Turns a search outcome into the reply every platform renders; `passages` are shown only when no fact answers. */
export function toAskReply(
  question: string,
  { result, furtherReading, literature }: ReadingAnswer,
  visibility: Visibility,
  passages: readonly AnswerPassage[] = [],
): CommandReply {
  const blocks: Block[] = result.comparison ? [] : result.notices.map((text) => ({ kind: 'notice', level: 'warning', text }));
  const readingAnswers = literature && furtherReading.length > 0;
  if (result.comparison) {
    blocks.push(
      ...result.comparison.flatMap(({ label, answer }): Block[] => [
        { kind: 'text', text: `For ${label}:` },
        { kind: 'fact', fact: answer.fact },
      ]),
    );
  } else if (result.answers.length > 0) {
    blocks.push(...result.answers.map(({ fact }): Block => ({ kind: 'fact', fact })));
  } else if (!readingAnswers) {
    blocks.push({ kind: 'notice', level: 'info', text: `No sourced fact found that answers “${question}”.` });
  }
  const shownPassages = result.answers.length === 0 && !result.comparison ? [...passages] : [];
  blocks.push(...passageBlocks(shownPassages));
  blocks.push(...readingBlocks(furtherReading));
  if (result.answers.length === 0 && !readingAnswers && result.related.length > 0) {
    blocks.push({ kind: 'text', text: 'Related facts (they do not answer the question):' });
    blocks.push(...result.related.map(({ fact }): Block => ({ kind: 'fact', fact })));
  }
  if (result.suggestions.length > 0) {
    blocks.push({ kind: 'text', text: 'Try asking about:' }, { kind: 'list', items: result.suggestions });
  }
  const data: AskJson = {
    query: question,
    answers: result.answers.map(toFactJson),
    related: result.related.map(toFactJson),
    suggestions: result.suggestions,
    furtherReading,
    passages: shownPassages,
    ...(result.comparison ? { comparison: result.comparison.map(({ label, answer }) => ({ label, id: answer.fact.id })) } : {}),
  };
  return { visibility, title: question, blocks, data, ...moreResults(question, blocks) };
}
