import { describe, expect, it } from 'vitest';
import type { FactContent } from '../../src/domain/fact';
import { rebaseEdit } from '../../src/moderation/fact-edit-rebase';

const seen: FactContent = {
  statement: 'Tajikistan borders Afghanistan.',
  quote: 'shares a border',
  source: { id: 1 },
  periodStart: '2025',
  periodEnd: null,
  entityIds: [4],
  newEntities: [],
};

describe('an edit laid over the fact as it is inside the write', () => {
  it('is the edit itself when nothing changed meanwhile', () => {
    const edited = { ...seen, statement: 'Tajikistan shares a border with Afghanistan.' };
    expect(rebaseEdit({ statement: edited.statement }, edited, seen)).toEqual(edited);
  });

  it('keeps a part another edit changed meanwhile when the options leave it alone', () => {
    const edited = { ...seen, statement: 'A new statement.' };
    const stored = { ...seen, periodStart: '2026', periodEnd: '2026' };
    expect(rebaseEdit({ statement: 'A new statement.' }, edited, stored)).toEqual({ ...stored, statement: 'A new statement.' });
  });

  it('refuses a new quote checked against a source that changed meanwhile', () => {
    const edited = { ...seen, quote: 'a 1,357 km border' };
    expect(rebaseEdit({ quote: 'a 1,357 km border' }, edited, { ...seen, source: { id: 2 } })).toBeUndefined();
  });

  it('refuses a new source checked against a quote that changed meanwhile', () => {
    const edited = { ...seen, source: { id: 3 } };
    expect(rebaseEdit({ source: 'S3' }, edited, { ...seen, quote: 'other words' })).toBeUndefined();
  });

  it('takes a new source to be created, which has no text to check against, over any stored quote', () => {
    const create = { title: 'A report', url: 'https://example.org/r', publisher: null, author: null, publishedOn: null };
    const edited = { ...seen, source: { create } };
    const stored = { ...seen, quote: 'other words' };
    expect(rebaseEdit({ 'source-title': 'A report', 'source-url': 'https://example.org/r' }, edited, stored)).toEqual({ ...stored, source: { create } });
  });
});
