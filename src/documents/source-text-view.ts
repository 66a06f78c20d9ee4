import { requireSource } from '../moderation/source-lookup';
import type { Block, CommandReply } from '../reply';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';
import { paginate } from '../views/paging';
import type { Passage } from '../domain/passages';

/** Roughly how much text one page shows; pages end at a sentence end. */
export const TEXT_PAGE_CHARACTERS = 1500;

/** Groups passages into pages of about `size` characters, never splitting a sentence. */
export function groupIntoPages(passages: readonly Passage[], size: number = TEXT_PAGE_CHARACTERS): Passage[][] {
  const pages: Passage[][] = [];
  let current: Passage[] = [];
  for (const passage of passages) {
    if (current.length > 0 && passage.end - current[0]!.start > size) {
      pages.push(current);
      current = [];
    }
    current.push(passage);
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/**
 * A page of a source's stored text, each sentence with its offsets so a moderator can cite a
 * range with `/fact add --from S1:start-end`.
 */
export async function showSourceText(services: CoreServices, id: string, pageIndex: number): Promise<CommandReply> {
  const source = await requireSource(services, id);
  const body = await services.base.sources.textOf(source.rowId);
  if (body === undefined)
    throw new UserError(
      `${id} has no stored text; its facts' quotes are not checked. Add the text with /source add … --file article.txt when adding a source.`,
      'no-source-text',
    );
  const pages = groupIntoPages(await services.base.sources.passagesOf(source.rowId));
  const page = paginate(pages, pageIndex, 1, `the text of ${id}`);
  const passages = page.items[0] ?? [];
  const span = passages.length ? `characters ${passages[0]!.start}–${passages.at(-1)!.end} of ${body.length}` : 'empty';
  const blocks: Block[] = [
    { kind: 'text', text: `${id} text, ${span}. Cite a range with /fact add --from ${id}:start-end --statement "…".` },
    { kind: 'list', items: passages.map((passage) => `[${passage.start}-${passage.end}] ${passage.text}`) },
  ];
  return {
    visibility: 'private',
    title: `${id} text`,
    blocks,
    ...(page.total > 1 ? { page: { index: page.index, total: page.total } } : {}),
    data: { id, length: body.length, passages },
  };
}
