import { z } from 'zod';
import type { Block } from '../src/reply';
import { defineCommand } from './definition';

const SHOWN = 20;

/** The review queue: suggested facts, and facts whose source was retracted. */
export default defineCommand({
  group: 'review',
  name: 'list',
  description: 'List suggested facts and facts whose source was retracted',
  example: {},
  access: 'moderator',
  options: [],
  input: z.object({}),
  run({ services }) {
    const facts = services.base.factViews.needingReview(SHOWN);
    if (facts.length === 0) return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: 'Nothing waits for review.' }] };
    const blocks: Block[] = [
      { kind: 'text', text: 'Approve with /review approve <id>, reject with /review reject <id> <reason>; a fact whose source was retracted can be retracted or edited to cite another source.' },
      ...facts.map((fact): Block => ({ kind: 'fact', fact })),
    ];
    return { visibility: 'private', title: 'Review queue', blocks, data: facts };
  },
});
