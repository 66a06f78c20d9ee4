import * as z from 'zod';
import { toRowId } from '../src/domain/ids';
import { factId } from '../src/fields';
import { requireFact } from '../src/moderation/fact-lookup';
import { describeHistory } from '../src/moderation/history';
import { describeDismissals } from '../src/moderation/report-history';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Every version of a fact (who, when, from which platform, why and what changed), then the reports dismissed on it. */
export default defineCommand({
  group: 'fact',
  name: 'history',
  description: 'Show every version of a fact',
  example: { id: 'F33' },
  access: 'anyone',
  input: z.object({ id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }) }),
  async run({ services }, { id }) {
    await requireFact(services, id);
    const entries = await services.base.facts.history(toRowId(id));
    const dismissals = describeDismissals(await services.base.review.reportsOn(toRowId(id)));
    return {
      visibility: 'private',
      title: `History of ${id}`,
      blocks: [{ kind: 'list', items: [...describeHistory(entries), ...dismissals] }],
      data: entries,
    };
  },
});
