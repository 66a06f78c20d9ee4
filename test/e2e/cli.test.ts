import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function runCli(args: string[], database = ':memory:') {
  const result = spawnSync(TSX, ['src/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFBOT_DB: database, LOG_FORMAT: 'json' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the one-shot CLI', () => {
  it('answers a question with its citation', () => {
    const { code, stdout } = runCli(['ask', 'length of the Tajik border']);
    expect(code).toBe(0);
    expect(stdout).toContain('1,357');
    expect(stdout).toContain('The National Interest');
  });

  it('prints the JSON contract with --json', () => {
    const { code, stdout } = runCli(['ask', 'length of the Tajik border', '--json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as { query: string; answers: { id: string }[] };
    expect(data.query).toBe('length of the Tajik border');
    expect(data.answers[0]?.id).toBe('F33');
  });

  it('exports the whole base as JSON', () => {
    const { code, stdout } = runCli(['export', '--format', 'json', '--json']);
    expect(code).toBe(0);
    const bundle = JSON.parse(stdout) as { sources: unknown[]; facts: unknown[]; entities: unknown[] };
    expect(bundle.facts.length).toBeGreaterThanOrEqual(35);
    expect(bundle.sources.length).toBeGreaterThan(2);
  });

  it.each([
    [['ask', ''], /must not be empty/],
    [['frobnicate'], /Unknown command/],
    [['fact', 'F9999'], /There is no fact F9999/],
    [['ask', 'x', '--colour', 'red'], /Unknown option '--colour'/],
  ])('exits non-zero with a clear message on bad input %#', (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('refuses a corrupt database file and says what to do', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-cli-')), 'broken.db');
    writeFileSync(path, 'not a database '.repeat(100));
    const { code, stderr } = runCli(['ask', 'TTP'], path);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a briefbot database.*Restore it from a backup/);
  });
});
