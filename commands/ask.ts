import * as z from 'zod';
import { toAskReply } from '../src/ask-reply';
import { findAnswerPassages } from '../src/documents/answer-passages';
import { plainText } from '../src/fields';
import { askWithReading } from '../src/search/ask-with-reading';
import { isEmptyQuery } from '../src/search/query';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Asks a question; answers only with facts that cover it, each with its source, and names sources to read. */
export default defineCommand({
  group: 'brief',
  name: 'ask',
  description: 'Ask a briefing question; the answer cites its sources',
  example: { question: 'length of the Tajik border' },
  access: 'anyone',
  visibility: 'on-request',
  input: z.object({
    question: option(plainText(500), { description: 'e.g. TTP attacks in 2025', positional: true, rest: true }),
    public: option(z.boolean().default(false), { description: 'Show the answer to the whole channel' }),
  }),
  async run({ services }, { question, public: isPublic }) {
    const answer = await askWithReading(services.base, services.searcher, question);
    if (isEmptyQuery(answer.result.query) && answer.furtherReading.length === 0) {
      throw new UserError(`There is nothing to search for in “${question}”: name a group, place, event or figure, e.g. “TTP attacks in 2025”.`, 'empty-query');
    }
    const passages = answer.result.answers.length === 0 ? await findAnswerPassages(services.base, question) : [];
    return toAskReply(question, answer, isPublic ? 'public' : 'private', passages);
  },
});
