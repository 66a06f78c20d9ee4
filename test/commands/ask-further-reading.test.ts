import { afterAll, describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../adapters/discord/render';
import { renderReply as renderSlack } from '../../adapters/slack/render';
import { renderReply as renderTerminal } from '../../adapters/terminal/render';
import type { AskJson } from '../../src/ask-reply';
import { factIdsOf, member, moderator, noticesOf, openTestCore } from '../helpers/core';

const core = await openTestCore();
afterAll(() => core.cleanup());

const ask = (question: string) => core.dispatch('brief ask', { question }, member);

describe('brief ask with further reading', () => {
  it('answers a literature question with the sources in JSON and no fact', async () => {
    const reply = await ask('what has Asfandyar Mir written');
    const data = reply.data as AskJson;
    expect(data.answers).toEqual([]);
    expect(data.furtherReading.map((source) => source.id).sort()).toEqual(['S16', 'S3', 'S30']);
    expect(Object.keys(data.furtherReading[0]!).sort()).toEqual(['author', 'id', 'publishedOn', 'publisher', 'title', 'url']);
    expect(noticesOf(reply).join(' ')).not.toMatch(/No sourced fact/);
  });

  it('shows the sources under a "Further reading" heading on every platform', async () => {
    const reply = await ask('what has Asfandyar Mir written');
    const terminal = renderTerminal(reply);
    expect(terminal).toMatch(/Further reading:\n\n {2}• S\d+ Asfandyar Mir, “/);
    for (const rendered of [JSON.stringify(renderSlack(reply)), JSON.stringify(renderDiscord(reply))]) {
      expect(rendered).toContain('Further reading');
      expect(rendered).toContain('In a major rift, Pakistan ramps up pressure on the Taliban');
    }
  });

  it('keeps the facts of an ordinary question and adds the source of the author it names', async () => {
    const reply = await ask('What does Zalmai Nishat say about Tajikistan');
    expect(factIdsOf(reply).length).toBeGreaterThan(0);
    expect((reply.data as AskJson).furtherReading.map((source) => source.id)).toEqual(['S1']);
  });

  it('never lists a retracted source', async () => {
    await core.dispatch('source retract', { id: 'S16', reason: 'withdrawn by its publisher' }, moderator);
    const data = (await ask('what has Asfandyar Mir written')).data as AskJson;
    expect(data.furtherReading.map((source) => source.id).sort()).toEqual(['S3', 'S30']);
  });

  it('still refuses a question with nothing to look for', async () => {
    expect(noticesOf(await ask('who wrote')).join(' ')).toMatch(/nothing to search for/);
  });
});
