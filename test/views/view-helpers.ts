import type { Block, Reply } from '../../src/reply';

/** The text of every `text` block, in order. */
export function textsOf(reply: Reply): string[] {
  return reply.blocks.flatMap((block: Block) => (block.kind === 'text' ? [block.text] : []));
}

/** The items of every `list` block, in order. */
export function itemsOf(reply: Reply): string[] {
  return reply.blocks.flatMap((block: Block) => (block.kind === 'list' ? block.items : []));
}
