import type { FactContent } from '../domain/fact';
import type { FactContentInput } from './fact-content';

// Which parts of a fact an edit's options set, as `toFactContent` reads them.
function setsQuote(input: FactContentInput): boolean {
  return input.from !== undefined || input.quote !== undefined;
}

function setsSource(input: FactContentInput): boolean {
  return input.from !== undefined || input.source !== undefined || Boolean(input['source-title'] && input['source-url']);
}

function setsEntities(input: FactContentInput): boolean {
  return input.entities !== undefined || input['new-entities'] !== undefined;
}

const sameSource = (a: FactContent['source'], b: FactContent['source']): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * An edit prepared from an earlier read of the fact (`edited`, its options already checked against
 * the stores), laid over the fact as it is inside the write: what the options set comes from
 * `edited`, everything else from `stored`, so an edit never undoes a change made meanwhile to
 * another part. Undefined when the quote was checked against a source or quote that has changed
 * since: the check would have to run again, which a write's transaction cannot do.
 */
export function rebaseEdit(input: FactContentInput, edited: FactContent, stored: FactContent): FactContent | undefined {
  const entities = setsEntities(input) ? edited : stored;
  const content: FactContent = {
    statement: input.statement !== undefined ? edited.statement : stored.statement,
    quote: setsQuote(input) ? edited.quote : stored.quote,
    source: setsSource(input) ? edited.source : stored.source,
    periodStart: input.period !== undefined ? edited.periodStart : stored.periodStart,
    periodEnd: input.period !== undefined ? edited.periodEnd : stored.periodEnd,
    entityIds: entities.entityIds,
    newEntities: entities.newEntities,
  };
  const checkedAsWritten = content.quote === edited.quote && sameSource(content.source, edited.source);
  return 'id' in content.source && !checkedAsWritten ? undefined : content;
}
