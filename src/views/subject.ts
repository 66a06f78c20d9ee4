import type { FactOutline } from '../../db/store';
import type { Platform } from '../caller';
import { invocationOf, styleOf } from '../command-usage';
import { toRowId } from '../domain/ids';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';

/** What a view is about: an entity (every fact tagged with it) or a topic (the facts the search finds). */
export interface Subject {
  /** As shown: the entity's name, or the words searched for. */
  label: string;
  entity: { id: number; name: string } | null;
  facts: FactOutline[];
}

// A topic rests on the search's answers; the search ranks at most its best 100 candidates anyway.
const TOPIC_FACTS = 200;
const SUGGESTIONS = 5;

// Close names when there are any; otherwise where else to look, in the platform's own form. Only
// Discord completes names while people type, so only there is that worth saying.
function didYouMean(names: readonly string[], typed: string, platform: Platform | undefined): string {
  if (names.length) return ` Did you mean: ${names.join(', ')}?`;
  const style = styleOf(platform ?? 'terminal');
  const search = `${invocationOf({ group: 'brief', name: 'search' }, style)} ${style === 'discord' ? 'query:' : ''}${typed}`;
  const completion = platform === 'discord' ? ' The option completes the names the base knows as you type.' : '';
  return ` To find facts that mention the words, search: ${search}.${completion}`;
}

/** The entity a name or alias stands for, or a UserError offering close names only. */
export async function requireEntity(services: CoreServices, name: string, platform?: Platform): Promise<{ id: number; name: string }> {
  const entity = await services.searcher.findEntity(name);
  if (entity) return entity;
  const close = await services.searcher.suggestEntities(name, SUGGESTIONS);
  throw new UserError(`No entity in the fact base is called “${name}”.${didYouMean(close, name, platform)}`, 'unknown-entity');
}

/**
 * Resolves what a person typed: an entity name or alias first; otherwise the words as a search
 * topic. A misspelt name (the search only guessed at it) or words nothing answers are refused
 * with close names rather than answered with a guess.
 */
export async function resolveSubject(services: CoreServices, text: string, platform?: Platform): Promise<Subject> {
  const entity = await services.searcher.findEntity(text);
  if (entity) return { label: entity.name, entity, facts: await services.base.entities.factOutlines(entity.id) };
  const result = await services.searcher.ask(text, { maxAnswers: TOPIC_FACTS, maxRelated: 0 });
  const { entities, terms } = result.query;
  const misspeltName = terms.length === 0 && entities.length > 0 && entities.every((mention) => mention.fuzzy);
  if (misspeltName || result.answers.length === 0) {
    const close = await services.searcher.suggestEntities(text, SUGGESTIONS);
    const covered = close.length === 0 && result.suggestions.length ? ` The base covers: ${result.suggestions.slice(0, SUGGESTIONS).join(', ')}.` : '';
    throw new UserError(`No entity is called “${text}” and no fact answers it as a topic.${covered}${didYouMean(close, text, platform)}`, 'unknown-subject');
  }
  const facts = result.answers.map(({ fact }) => ({
    rowId: toRowId(fact.id),
    period: fact.period,
    statement: fact.statement,
    sourceRowId: toRowId(fact.source.id),
    sourceDate: fact.source.publishedOn,
  }));
  return { label: text, entity: null, facts };
}
