import ask from './ask';
import type { CommandDefinition } from './definition';
import exportBase from './export';
import fact from './fact';
import factAdd from './fact-add';
import factSuggest from './fact-suggest';
import { createHelpCommand } from './help';
import search from './search';
import sources from './sources';

/** Every command, in the order help lists them. */
export const commands: readonly CommandDefinition[] = [
  ask,
  search,
  fact,
  sources,
  createHelpCommand(() => commands),
  exportBase,
  factAdd,
  factSuggest,
];
