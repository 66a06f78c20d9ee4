import { describeSource } from './format';
import type { Block, FactView, Reply, SourceView, Visibility } from './reply';
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
}

/** The `ask --json` contract: answers only when they answer; otherwise related facts and hints. */
export interface AskJson {
  query: string;
  answers: FactJson[];
  related: FactJson[];
  suggestions: string[];
  /** Sources to read on the question, best first (the whole answer to "who wrote about …"). */
  furtherReading: SourceView[];
  /** For a comparison question: which answer stands for which side. */
  comparison?: { label: string; id: string }[];
}

function toFactJson({ fact, score }: { fact: FactView; score: number }): FactJson {
  const { id, statement, quote, period, entities, source } = fact;
  return { id, statement, quote, period, entities, source, score: Math.round(score * 1000) / 1000 };
}

const FURTHER_READING = 'Further reading:';

function readingBlocks(sources: readonly SourceView[]): Block[] {
  if (sources.length === 0) return [];
  const items = sources.map((source) => `${source.id} ${describeSource(source)}${source.url ? ` ${source.url}` : ''}`);
  return [{ kind: 'text', text: FURTHER_READING }, { kind: 'list', items }];
}

/** Turns a search outcome into the reply every platform renders. */
export function toAskReply(question: string, { result, furtherReading, literature }: ReadingAnswer, visibility: Visibility): Reply {
  const blocks: Block[] = result.comparison ? [] : result.notices.map((text) => ({ kind: 'notice', level: 'warning', text }));
  const readingAnswers = literature && furtherReading.length > 0;
  if (result.comparison) {
    blocks.push(...result.comparison.flatMap(({ label, answer }): Block[] => [{ kind: 'text', text: `For ${label}:` }, { kind: 'fact', fact: answer.fact }]));
  } else if (result.answers.length > 0) {
    blocks.push(...result.answers.map(({ fact }): Block => ({ kind: 'fact', fact })));
  } else if (!readingAnswers) {
    blocks.push({ kind: 'notice', level: 'info', text: `No sourced fact found that answers “${question}”.` });
  }
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
    ...(result.comparison ? { comparison: result.comparison.map(({ label, answer }) => ({ label, id: answer.fact.id })) } : {}),
  };
  return { visibility, title: question, blocks, data };
}
