import type { FactView } from '../reply';

/**
 * "How many madrassas will Afghanistan have by 2030", "will the TTP launch an offensive": a
 * question about what is to come. The base records what sources reported; a figure or an event
 * from before is not what will be, so only a fact that itself states an expectation (a plan, a
 * forecast, what someone will do) can answer. "Political will" and "the will of" are the noun, and
 * aid "going to the Taliban" is on its way, not to come.
 */
const ASKS_FUTURE =
  /\b(?:(?<!\b(?:the|political|good|free|own|its|their|his|her|of|with)\s+)will(?!\s+(?:of|to)\b)|(?:is|are|am|was|were)\s+(?:[\p{L}-]+\s+){0,3}?(?:going\s+to|gonna)\s+(?!(?:the|a|an|this|that|these|those|their|its)\b)[\p{L}]+)/iu;
const STATES_EXPECTATION =
  /\b(?:will|would|shall|expected?|expects|forecasts?|projected|projections?|plans?|planned|planning|intends?|intended|aims?\s+to|going\s+to|likely|outlook)\b/i;

/** Whether the question asks about what is still to come. */
export function asksAboutFuture(question: string): boolean {
  return ASKS_FUTURE.test(question);
}

/** Whether a fact states an expectation rather than what was reported to have happened or to be. */
export function statesExpectation(fact: Pick<FactView, 'statement' | 'quote'>): boolean {
  return STATES_EXPECTATION.test(fact.statement) || STATES_EXPECTATION.test(fact.quote);
}
