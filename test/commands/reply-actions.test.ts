import { afterAll, describe, expect, it } from 'vitest';
import type { Action, Reply } from '../../src/reply';
import { visibilityOf } from '../../src/visibility';
import { member, openTestCore } from '../helpers/core';

const core = await openTestCore();
afterAll(() => core.cleanup());

const kindsOf = (reply: Reply): Action['kind'][] => (reply.actions ?? []).map((action) => action.kind);
const ofKind = <K extends Action['kind']>(reply: Reply, kind: K) =>
  (reply.actions ?? []).filter((action): action is Extract<Action, { kind: K }> => action.kind === kind);

describe('the actions a reply offers', () => {
  it('offers more results, posting to the channel and a report per active fact under a private answer', async () => {
    const reply = await core.dispatch('brief ask', { question: 'length of the Tajik border' }, member);
    expect(reply.outcome).toBe('ok');
    expect(ofKind(reply, 'more').map((action) => action.invocation)).toEqual([{ command: 'brief search', options: { query: 'length of the Tajik border' } }]);
    expect(ofKind(reply, 'publish').map((action) => action.invocation)).toEqual([
      { command: 'brief ask', options: { question: 'length of the Tajik border', public: true } },
    ]);
    const facts = reply.blocks.flatMap((block) => (block.kind === 'fact' && block.fact.status === 'active' ? [block.fact.id] : []));
    expect(facts.length).toBeGreaterThan(0);
    expect(ofKind(reply, 'report').map((action) => [action.factId, action.asks, action.invocation])).toEqual(
      facts.map((id) => [id, 'reason', { command: 'fact report', options: { id } }]),
    );
  });

  it('offers no posting under a public answer, but a citation per fact', async () => {
    const reply = await core.dispatch('brief ask', { question: 'length of the Tajik border', public: true }, member);
    expect(kindsOf(reply)).not.toContain('publish');
    const facts = reply.blocks.flatMap((block) => (block.kind === 'fact' ? [block.fact.id] : []));
    expect(ofKind(reply, 'cite').map((action) => [action.factId, action.invocation])).toEqual(
      facts.map((id) => [id, { command: 'brief fact', options: { id } }]),
    );
  });

  it('offers no citation for a private reply that shows one fact, which already is its full citation', async () => {
    const reply = await core.dispatch('brief fact', { id: 'F1' }, member);
    expect(reply.outcome).toBe('ok');
    expect(kindsOf(reply)).toEqual(['report']);
  });

  it('turns the pages of a listing with the same command and options', async () => {
    const first = await core.dispatch('brief search', { query: 'Pakistan' }, member);
    expect(first.page?.total).toBeGreaterThan(2);
    expect(ofKind(first, 'page').map((action) => [action.page, action.invocation])).toEqual([
      [2, { command: 'brief search', options: { query: 'Pakistan', page: 2 } }],
    ]);
    const second = await core.dispatch('brief search', { query: 'Pakistan', page: 2 }, member);
    expect(ofKind(second, 'page').map((action) => action.page)).toEqual([1, 3]);
    expect(kindsOf(second)).not.toContain('publish');
  });

  it('offers nothing under a refusal, which says why in its error', async () => {
    const reply = await core.dispatch('brief fact', { id: 'F999999' }, member);
    expect(reply).toMatchObject({ outcome: 'refused', error: { identifier: 'unknown-fact' } });
    expect(reply.actions).toBeUndefined();
  });
});

describe('where a command will answer, known before it runs', () => {
  it('is the channel only for a command that answers publicly on request, asked with public', () => {
    const ask = core.specs.find((spec) => spec.group === 'brief' && spec.name === 'ask');
    const search = core.specs.find((spec) => spec.group === 'brief' && spec.name === 'search');
    expect(visibilityOf(ask, { question: 'TTP', public: true })).toBe('public');
    expect(visibilityOf(ask, { question: 'TTP' })).toBe('private');
    expect(visibilityOf(search, { query: 'TTP', public: true })).toBe('private');
    expect(visibilityOf(undefined, { public: true })).toBe('private');
  });
});
