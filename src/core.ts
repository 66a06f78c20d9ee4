import { commands } from '../commands';
import type { CommandSpec } from './command-spec';
import { type Dispatch, createDispatcher } from './dispatch';
import { type FactBase, openFactBase } from './fact-base';
import type { Logger } from './logger';
import { createSearcher } from './search/searcher';

/** The platform-neutral core, opened: what entry points hand to adapters. */
export interface Core {
  dispatch: Dispatch;
  /** The command definitions as data (no implementations), for adapters to build their formats. */
  specs: readonly CommandSpec[];
  base: FactBase;
  close(): void;
}

/** Opens the fact base (creating and seeding it if new) and wires the commands to it. */
export function openCore(options: { databasePath: string; logger: Logger; now?: () => Date }): Core {
  const now = options.now ?? (() => new Date());
  const base = openFactBase({ path: options.databasePath, now });
  const services = { base, searcher: createSearcher(base, now), now };
  const specs = commands.map(({ group, name, description, access, options: opts, platforms }) => ({
    group,
    name,
    description,
    access,
    options: opts,
    ...(platforms ? { platforms } : {}),
  }));
  return {
    dispatch: createDispatcher({ commands, services, logger: options.logger }),
    specs,
    base,
    close: () => base.close(),
  };
}
