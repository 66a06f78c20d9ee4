import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const FOLDERS = ['app', 'src', 'commands', 'adapters', 'db', 'bench', 'load'] as const;
type Folder = (typeof FOLDERS)[number];

/** One import: a repository path for a relative import (`src/reply`), else the package name. */
interface Import {
  file: string;
  target: string;
  local: boolean;
}

function sourceFiles(folder: Folder): string[] {
  if (!existsSync(join(ROOT, folder))) return [];
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

// Static imports and re-exports (over several lines too), side-effect imports and dynamic import().
const IMPORT = /^\s*(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsIn(file: string, text: string): Import[] {
  return [...text.matchAll(IMPORT)].map((match) => {
    const written = (match[1] ?? match[2] ?? match[3])!;
    const local = written.startsWith('.');
    return { file, target: local ? relative(ROOT, join(ROOT, file, '..', written)) : written, local };
  });
}

const folderOf = (path: string): string => path.split('/')[0]!;
const reaches = (target: Import, ...folders: string[]): boolean => target.local && folders.includes(folderOf(target.target));
const isDomain = (target: Import): boolean => target.local && /^src\/domain(\/|$)/.test(target.target);

/**
 * What adapters may take from the core besides src/domain: the dispatch function's type and the
 * Invocation it runs, the Reply they render with its actions and the wording it is rendered with,
 * where a command will answer, the command specs as data and how each platform
 * types a command, who may run a command and where it is offered, the caller they report, the
 * listings page buttons turn (their type; the core keeps them in the store), user errors, the logger, reading the environment, racing a deadline, and the one decoder of uploaded
 * documents.
 */
const ADAPTER_CORE_MODULES = new Set([
  'src/dispatch',
  'src/invocation',
  'src/reply',
  'src/reply-actions',
  'src/visibility',
  'src/format',
  'src/documents/quote-wording',
  'src/command-spec',
  'src/command-usage',
  'src/command-access',
  'src/caller',
  'src/page-listings',
  'src/user-error',
  'src/logger',
  'src/read-env',
  'src/settle-within',
  'src/documents/decode-document',
]);

const PLATFORM_LIBRARY = /^(@slack\/|discord\.js$|@discordjs\/|ws$)/;
const SQL = /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w)/;

/** An import rule: the folders it holds for, the imports it forbids there, and one of each to prove it tells them apart. */
interface ImportRule {
  rule: string;
  folders: readonly Folder[];
  forbids(target: Import): boolean;
  example: { forbidden: [file: string, text: string]; allowed: [file: string, text: string] };
}

const IMPORT_RULES: ImportRule[] = [
  {
    rule: 'db/ takes nothing from the core but src/domain, and nothing from commands, adapters or app',
    folders: ['db'],
    forbids: (target) => reaches(target, 'src', 'commands', 'adapters', 'app') && !isDomain(target),
    example: { forbidden: ['db/x.ts', "import type { Reply } from '../src/reply';"], allowed: ['db/x.ts', "import { toFactId } from '../src/domain/ids';"] },
  },
  {
    rule: 'src/domain imports nothing but its own modules: no other part of the core and no package',
    folders: ['src'],
    forbids: (target) => /^src\/domain\//.test(target.file) && !isDomain(target),
    example: { forbidden: ['src/domain/x.ts', "import type { Reply } from '../reply';"], allowed: ['src/domain/x.ts', "import { toFactId } from './ids';"] },
  },
  {
    rule: 'src/ imports no commands, adapters or app',
    folders: ['src'],
    forbids: (target) => reaches(target, 'commands', 'adapters', 'app'),
    example: { forbidden: ['src/x.ts', "import { commands } from '../commands';"], allowed: ['src/x.ts', "import { openFactBase } from './fact-base';"] },
  },
  {
    rule: 'commands/ import no adapters or app',
    folders: ['commands'],
    forbids: (target) => reaches(target, 'adapters', 'app'),
    example: {
      forbidden: ['commands/x.ts', "import { openCore } from '../app/core';"],
      allowed: ['commands/x.ts', "import type { Reply } from '../src/reply';"],
    },
  },
  {
    rule: 'adapters/ import no db, commands or app, and of src/ only src/domain and the modules adapters need',
    folders: ['adapters'],
    forbids: (target) => reaches(target, 'db', 'commands', 'app') || (reaches(target, 'src') && !isDomain(target) && !ADAPTER_CORE_MODULES.has(target.target)),
    example: {
      forbidden: ['adapters/slack/x.ts', "import { openFactBase } from '../../src/fact-base';"],
      allowed: ['adapters/slack/x.ts', "import type { Dispatch } from '../../src/dispatch';"],
    },
  },
  {
    rule: 'platform libraries load only in adapters/ and app/',
    folders: ['src', 'commands', 'db', 'bench', 'load'],
    forbids: (target) => !target.local && PLATFORM_LIBRARY.test(target.target),
    example: { forbidden: ['src/x.ts', "const { Client } = await import('discord.js');"], allowed: ['src/x.ts', "import * as z from 'zod';"] },
  },
];

function offendingImports(rule: ImportRule, files: Array<[file: string, text: string]>): string[] {
  return files
    .filter(([file]) => rule.folders.includes(folderOf(file) as Folder))
    .flatMap(([file, text]) => importsIn(file, text))
    .filter(rule.forbids)
    .map(({ file, target }) => `${file} → ${target}`);
}

/** Files outside app/ that import both commands/ and adapters/: only the wiring may know both. */
function filesImportingCommandsAndAdapters(files: Array<[file: string, text: string]>): string[] {
  return files
    .filter(([file]) => folderOf(file) !== 'app')
    .filter(([file, text]) => {
      const imports = importsIn(file, text);
      return imports.some((target) => reaches(target, 'commands')) && imports.some((target) => reaches(target, 'adapters'));
    })
    .map(([file]) => file);
}

const filesWithSql = (files: Array<[file: string, text: string]>): string[] =>
  files.filter(([file, text]) => folderOf(file) !== 'db' && SQL.test(text)).map(([file]) => file);

const REPOSITORY: Array<[file: string, text: string]> = FOLDERS.flatMap(sourceFiles).map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]);

describe('the architecture', () => {
  for (const rule of IMPORT_RULES) {
    it(`holds that ${rule.rule}`, () => {
      expect(offendingImports(rule, REPOSITORY)).toEqual([]);
    });
  }

  it('lets only app/ import both commands/ and adapters/', () => {
    expect(filesImportingCommandsAndAdapters(REPOSITORY)).toEqual([]);
  });

  it('keeps every SQL statement in db/', () => {
    expect(filesWithSql(REPOSITORY)).toEqual([]);
  });

  it('reads the repository it checks', () => {
    expect(REPOSITORY.map(([file]) => file)).toEqual(
      expect.arrayContaining(['app/core.ts', 'src/dispatch.ts', 'commands/index.ts', 'adapters/slack/app.ts', 'db/store.ts', 'src/domain/ids.ts']),
    );
  });
});

describe('each architecture rule', () => {
  for (const rule of IMPORT_RULES) {
    it(`can fail: ${rule.rule}`, () => {
      expect(offendingImports(rule, [rule.example.forbidden])).toHaveLength(1);
      expect(offendingImports(rule, [rule.example.allowed])).toEqual([]);
    });
  }

  it('can fail: only app/ imports both commands/ and adapters/', () => {
    const both = "import { commands } from '../commands';\nimport { renderReply } from '../adapters/terminal/render';";
    expect(filesImportingCommandsAndAdapters([['load/x.ts', both]])).toEqual(['load/x.ts']);
    expect(filesImportingCommandsAndAdapters([['app/x.ts', both]])).toEqual([]);
  });

  it('can fail: SQL only in db/', () => {
    const query = 'db.prepare(`SELECT id FROM facts`)';
    expect(filesWithSql([['src/x.ts', query]])).toEqual(['src/x.ts']);
    expect(filesWithSql([['db/x.ts', query]])).toEqual([]);
  });

  it('sees imports written over several lines, re-exports and dynamic imports', () => {
    const text = "import {\n  a,\n  b,\n} from '../commands';\nexport type { C } from './c';\nconst d = await import('discord.js');\nimport './side-effect';";
    expect(importsIn('src/x.ts', text).map(({ target }) => target)).toEqual(['commands', 'src/c', 'discord.js', 'src/side-effect']);
  });
});
