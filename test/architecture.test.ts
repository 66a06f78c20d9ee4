import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => {
    const target = match[1]!;
    return target.startsWith('.') ? relative(ROOT, join(ROOT, file, '..', target)) : target;
  });
}

const PLATFORM_LIBRARIES = /^(@slack\/|discord\.js|@discordjs\/|ws$)/;
// The two entry points wire the core to the adapters; nothing else in the core may know them.
const COMPOSITION_ROOTS = ['src/main.ts', 'src/cli.ts'];
const SQL = /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w)/;

describe('the architecture', () => {
  it('keeps adapters away from the database, the store and the command implementations', () => {
    const offending = sourceFiles('adapters').flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('db') || target.startsWith('commands') || /^src\/(core|fact-base)$/.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the core and commands free of adapters and platform libraries', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('commands')].filter((file) => !COMPOSITION_ROOTS.includes(file));
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('adapters') || PLATFORM_LIBRARIES.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps db/ to the domain types of the core', () => {
    const offending = sourceFiles('db').flatMap((file) =>
      importsOf(file)
        .filter((target) => /^(src|commands|adapters)\//.test(target) && !target.startsWith('src/domain/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps src/domain free of every import but its own modules', () => {
    const offending = sourceFiles('src/domain').flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith('src/domain/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps every SQL statement in db/', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('commands'), ...sourceFiles('adapters')];
    const offending = files.filter((file) => SQL.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('can tell an offending import when it sees one', () => {
    expect(PLATFORM_LIBRARIES.test('discord.js')).toBe(true);
    expect(SQL.test('db.prepare(`SELECT id FROM facts`)')).toBe(true);
  });
});
