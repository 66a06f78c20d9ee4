import type { FactOutline } from '../../db/view-store';
import { toRowId } from '../fields';
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

function didYouMean(names: readonly string[]): string {
  return names.length ? ` Did you mean: ${names.join(', ')}?` : ' /brief search finds facts by words; autocomplete offers the names the base knows.';
}

/** The entity a name or alias stands for, or a UserError offering close names. */
export function requireEntity(services: CoreServices, name: string): { id: number; name: string } {
  const entity = services.searcher.findEntity(name);
  if (entity) return entity;
  const close = services.searcher.suggestEntities(name, SUGGESTIONS);
  throw new UserError(`No entity in the fact base is called “${name}”.${didYouMean(close)}`, 'unknown-entity');
}

/**
 * Resolves what a person typed: an entity name or alias first; otherwise the words as a search
 * topic. A misspelt name (the search only guessed at it) or words nothing answers are refused
 * with close names rather than answered with a guess.
 */
export function resolveSubject(services: CoreServices, text: string): Subject {
  const entity = services.searcher.findEntity(text);
  if (entity) return { label: entity.name, entity, facts: services.base.views.entityFacts(entity.id) };
  const result = services.searcher.ask(text, { maxAnswers: TOPIC_FACTS, maxRelated: 0 });
  const { entities, terms } = result.query;
  const misspeltName = terms.length === 0 && entities.length > 0 && entities.every((mention) => mention.fuzzy);
  if (misspeltName || result.answers.length === 0) {
    const close = [...new Set([...services.searcher.suggestEntities(text, SUGGESTIONS), ...result.suggestions])].slice(0, SUGGESTIONS);
    throw new UserError(`No entity is called “${text}” and no fact answers it as a topic.${didYouMean(close)}`, 'unknown-subject');
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
