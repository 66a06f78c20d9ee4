import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const ENTRY = join(ROOT, 'dist/cli.js');

function runLauncher(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/briefbot.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFBOT_DB: ':memory:' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The entry and the chunks it imports statically: what every one-shot command loads.
function staticallyLoaded(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(/^import\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)].map((match) => match[1] ?? match[2]!);
  return [...imports, ...imports.filter((target) => target.startsWith('./')).flatMap((target) => staticallyLoaded(join(file, '..', target), seen))];
}

describe('the compiled one-shot command', () => {
  it('answers through the launcher the README runs', () => {
    const { code, stdout } = runLauncher(['length of the Tajik border']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^F33 .*1,357/);
  });

  it('rebuilds itself when a source is newer than the compiled file', () => {
    runLauncher(['--help']);
    utimesSync(ENTRY, new Date('2000-01-01'), new Date('2000-01-01'));
    const { code, stdout } = runLauncher(['fact', 'F3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^F3 /);
    expect(statSync(ENTRY).mtime.getFullYear()).toBeGreaterThan(2000);
  });

  it('does not load the Slack or Discord libraries for ordinary commands', () => {
    runLauncher(['--help']);
    const loaded = staticallyLoaded(ENTRY);
    expect(loaded).toContain('better-sqlite3');
    expect(loaded.filter((target) => /^(discord\.js|@discordjs\/|@slack\/|ws$)/.test(target))).toEqual([]);
  });
});
