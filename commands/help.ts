import { z } from 'zod';
import { type CommandSpec, commandName } from '../src/command-spec';
import { defineCommand } from './definition';

/** How a command is typed on text platforms: `/brief ask <question>`. */
export function usageOf(spec: CommandSpec): string {
  const parts = spec.options.map((option) => {
    const value = option.positional ? `<${option.name}${option.rest ? '…' : ''}>` : `--${option.name}${option.type === 'boolean' ? '' : ` <${option.name}>`}`;
    return option.required ? value : `[${value}]`;
  });
  return [`/${spec.group} ${spec.name}`, ...parts].join(' ');
}

/**
 * Lists the commands the caller may run on the platform they are on. It needs the registry, so
 * the registry passes it in rather than this module importing it.
 */
export function createHelpCommand(registry: () => readonly CommandSpec[]) {
  return defineCommand({
    group: 'brief',
    name: 'help',
    description: 'List the commands you can use',
    access: 'anyone',
    options: [],
    input: z.object({}),
    run({ caller }) {
      const usable = registry().filter(
        (spec) => (spec.access === 'anyone' || caller.isModerator) && (!spec.platforms || spec.platforms.includes(caller.platform)),
      );
      const items = usable.map((spec) => `${usageOf(spec)} — ${spec.description}`);
      return {
        visibility: 'private',
        title: 'briefbot commands',
        blocks: [
          { kind: 'text', text: 'Every answer cites its source: the claim, the verbatim quote and who published it.' },
          { kind: 'list', items },
        ],
        data: usable.map(commandName),
      };
    },
  });
}
