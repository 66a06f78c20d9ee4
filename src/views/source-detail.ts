import { describeSource } from '../format';
import { requireSource } from '../moderation/source-lookup';
import type { Block, CommandReply } from '../reply';
import type { CoreServices } from '../services';
import { paginate } from './paging';
import { countOf } from './wording';

const PAGE_SIZE = 10;

/**
 * One source with the facts that cite it (whatever their status), a page at a time; a source no
 * fact cites is shown as further reading, as the paper's reference list is.
 */
export async function showSource(services: CoreServices, id: string, pageIndex: number): Promise<CommandReply> {
  const source = await requireSource(services, id);
  const factIds = await services.base.facts.idsCiting(source.rowId);
  const page = paginate(factIds, pageIndex, PAGE_SIZE, `the list of facts citing ${id}`);
  const facts = await services.base.facts.getMany(page.items);
  const header = `${id} ${describeSource({ id, ...source.fields })}${source.fields.url ? ` ${source.fields.url}` : ''}`;
  const blocks: Block[] = [{ kind: 'text', text: header }];
  if (source.fields.notes) blocks.push({ kind: 'text', text: source.fields.notes });
  if (source.status === 'retracted') blocks.push({ kind: 'notice', level: 'warning', text: `${id} is retracted: facts citing it are not used in answers.` });
  blocks.push(
    factIds.length ? { kind: 'text', text: `${countOf(factIds.length, 'fact')} cite it:` } : { kind: 'text', text: 'No fact cites it yet (further reading).' },
    ...facts.map((fact): Block => ({ kind: 'fact', fact })),
  );
  return {
    visibility: 'private',
    title: id,
    blocks,
    ...(page.total > 1 ? { page: { index: page.index, total: page.total } } : {}),
    data: { id, ...source, factCount: factIds.length, facts },
  };
}
