import { toRowId } from '../domain/ids';
import type { FactBase } from '../fact-base';
import type { FactView, SourceView } from '../reply';
import { splitAuthors } from './catalogue-names';
import { findFurtherReading, namedPublishers, namesAuthorOrPublisher } from './further-reading';
import { askedSourceKinds, asksAboutPublishing, asksForLiterature, stripLiteratureWords } from './literature';
import type { AskResult, Searcher } from './searcher';
import { toWords } from './tokens';

/** A question's facts together with the sources to read on it. */
export interface ReadingAnswer {
  result: AskResult;
  /** Sources to read, best first; never a retracted one. */
  furtherReading: SourceView[];
  /** True when the question asked what was written or published. */
  literature: boolean;
}

const REPORTING = /\b(?:writes?|wrote|written|argues?|concludes?|paper|article|report|according to)\b/i;

// For "what has Kiani written", a fact such as "Kiani's paper concludes …" says what the listed
// source argues: it answers. A fact that only shares the topic does not.
function reportsWriting(fact: FactView, reading: readonly SourceView[]): boolean {
  const source = reading.find((s) => s.id === fact.source.id);
  if (!source?.author || !REPORTING.test(fact.statement)) return false;
  const said = new Set(toWords(fact.statement));
  return splitAuthors(source.author).some((name) => said.has(toWords(name).at(-1) ?? ''));
}

/** The sources of the asked kinds of publication ("books"): all of them when none is asked. */
async function ofAskedKinds(base: FactBase, sources: SourceView[], kinds: ReadonlySet<string>): Promise<SourceView[]> {
  if (kinds.size === 0) return sources;
  const entries = await Promise.all(sources.map((source) => base.sources.get(toRowId(source.id))));
  return sources.filter((_, at) => kinds.has(entries[at]?.kind ?? ''));
}

/**
 * Asks the fact search and the source catalogue. A literature question is also searched without
 * its literature words ("papers on Afghan madrassas" looks for facts on Afghan madrassas, to find
 * the sources behind them); its facts come from the question as asked when that finds any ("Kiani
 * paper conclusion" needs "paper"), and only those that report what a listed source says stay.
 * A publisher it names beside a claim ("according to the Al-Nasr paper, …") is where the claim
 * was published, not part of it: the facts are searched without the name and must come from that
 * publisher's listed sources. Asked about the publishing itself, the name stays.
 */
export async function askWithReading(base: FactBase, searcher: Searcher, question: string): Promise<ReadingAnswer> {
  // The catalogue is asked only when the question's words alone leave it open.
  const literature = asksForLiterature(question, () => true) && (asksForLiterature(question, () => false) || (await namesAuthorOrPublisher(base, question)));
  if (!literature) {
    const result = await searcher.ask(question);
    return { result, furtherReading: await findFurtherReading(base, searcher, { question, result, literature }), literature };
  }
  const asked = stripLiteratureWords(question);
  const { publishers, rest } = asksAboutPublishing(question) ? { publishers: new Set<string>(), rest: question } : await namedPublishers(base, question);
  // Two independent searches: on a database server they run side by side.
  const [searched, asTyped] = await Promise.all([searcher.ask(stripLiteratureWords(rest)), searcher.ask(rest)]);
  const listed = await ofAskedKinds(
    base,
    await findFurtherReading(base, searcher, { question: asked, result: searched, literature }),
    askedSourceKinds(question),
  );
  // "When was Kiani's paper published": the catalogue's date answers, which no claim gives; a
  // listed source without one is said to lack it rather than offered.
  const datingPublication = asksAboutPublishing(question) && searched.query.kind === 'when';
  const furtherReading = datingPublication ? listed.filter((source) => source.publishedOn !== null) : listed;
  const undated = listed.filter((source) => !furtherReading.includes(source));
  const found = asTyped.answers.length > 0 ? asTyped : searched;
  const answers = datingPublication
    ? []
    : found.answers.filter(({ fact }) =>
        publishers.size > 0
          ? publishers.has(fact.source.publisher ?? '') && furtherReading.some((source) => source.id === fact.source.id)
          : reportsWriting(fact, furtherReading),
      );
  const dropped = found.answers.filter((judged) => !answers.includes(judged));
  const result: AskResult = {
    ...searched,
    answers,
    related: [...dropped, ...searched.related].slice(0, Math.max(searched.related.length, 3)),
    suggestions: furtherReading.length > 0 ? [] : searched.suggestions,
    notices: [
      ...(answers.length > 0 ? found.notices : []),
      ...undated.map((source) => `The catalogue records no publication date for ${source.id}, “${source.title}”.`),
    ],
  };
  return { result, furtherReading, literature };
}
