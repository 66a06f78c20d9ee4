import * as z from 'zod';
import type { Caller } from '../src/caller';
import { canRun } from '../src/command-access';
import { type CommandSpec, commandName } from '../src/command-spec';
import { SHELL_COMMAND, type UsageStyle, exampleOf, styleOf, usageOf } from '../src/command-usage';
import type { Block } from '../src/reply';
import { defineCommand } from './definition';

// How commands are typed where the person is, said once above the list.
const HOW_TO_TYPE: Record<UsageStyle, string> = {
  slash: 'Options go as --name value; put a value of several words in "quotes". A line that names no command is a question.',
  discord: 'Pick the command, then fill in each option Discord offers; names, sources and fact ids complete as you type.',
  shell: `From the shell, put the command after ${SHELL_COMMAND} (a question needs no command word); add --json for the structured result. In the session (npm start) type the same commands.`,
};

// The terminal session types commands as in chat; the same lines also run one-shot from the shell.
const ALSO_FROM_THE_SHELL = ` The same commands run one-shot from the shell after ${SHELL_COMMAND}, e.g. ${SHELL_COMMAND} length of the Tajik border`;

function toHelpBlocks(usable: readonly CommandSpec[], style: UsageStyle, platform: Caller['platform']): Block[] {
  const ask = usable.find((spec) => commandName(spec) === 'brief ask');
  const shell = platform === 'terminal' ? ALSO_FROM_THE_SHELL : '';
  return [
    { kind: 'text', text: 'Every answer cites its source: the claim, the verbatim quote and who published it.' },
    { kind: 'text', text: `${HOW_TO_TYPE[style]}${ask ? ` For example: ${exampleOf(ask, style)}` : ''}${shell}` },
    { kind: 'list', items: usable.map((spec) => `${usageOf(spec, style, style === 'shell' ? 'name' : 'invocation')} — ${spec.description}`) },
  ];
}

/**
 * Lists the commands the caller may run on the platform they are on, written as that platform
 * types them. It needs the registry, so the registry passes it in rather than this module importing it.
 */
export function createHelpCommand(registry: () => readonly CommandSpec[]) {
  return defineCommand({
    group: 'brief',
    name: 'help',
    description: 'List the commands you can use',
    access: 'anyone',
    input: z.object({}),
    run({ caller }) {
      const usable = registry().filter((spec) => canRun(spec, caller));
      return {
        visibility: 'private',
        title: 'briefbot commands',
        blocks: toHelpBlocks(usable, styleOf(caller.platform), caller.platform),
        data: usable.map(commandName),
      };
    },
  });
}
