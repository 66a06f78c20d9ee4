import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function runCli(args: string[], database = ':memory:', env: Record<string, string> = {}) {
  const result = spawnSync(TSX, ['app/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFBOT_DB: database, LOG_FORMAT: 'json', ...env },
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
    [['review', 'frobnicate'], /review has no subcommand “frobnicate”/],
    [['fact', 'F9999'], /There is no fact F9999/],
    [['ask', 'x', '--colour', 'red'], /Unknown option '--colour'/],
  ])('exits non-zero with a clear message on bad input %#', (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('asks a bare question, as the terminal session does', () => {
    const { code, stdout } = runCli(['length of the Tajik border']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^F33 .*1,357/);
  });

  it('runs a command typed with /brief, as in chat', () => {
    const { code, stdout } = runCli(['/brief', 'fact', 'F3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^F3 /);
  });

  it.each([[[]], [['--help']], [['-h']]])('prints the usage, in the shell form, for %j', (args) => {
    const { code, stdout } = runCli(args);
    expect(code).toBe(0);
    expect(stdout).toContain('From the shell, put the command after npm run --silent briefbot --');
    expect(stdout).toContain('  • fact retract <id> <reason…> [--expect-version <expect-version>] — Retract a fact');
  });

  it('names a missing option with an example to paste into the shell, never a chat command', () => {
    const { code, stderr } = runCli(['fact', 'retract', 'F33']);
    expect(code).toBe(1);
    expect(stderr).toBe("Error: fact retract needs a reason. Example: npm run --silent briefbot -- fact retract F33 'duplicate of F12'\n");
  });

  it('says which command it read a mistyped name as', () => {
    const { code, stdout, stderr } = runCli(['serach', 'madrassas', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('Note: Read “serach” as “search”.\n');
    expect((JSON.parse(stdout) as { id: string }[]).map((fact) => fact.id)).toContain('F8');
  });

  it('writes no database for slack-manifest', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-cli-')), 'untouched.db');
    const { code, stdout } = runCli(['slack-manifest'], path);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('features.slash_commands');
    expect(existsSync(path)).toBe(false);
  });

  it('with BRIEFBOT_SEED=none starts an empty base, so export → import → export is identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
    const exported = runCli(['export', '--format', 'json'], join(dir, 'seeded.db'));
    writeFileSync(join(dir, 'base.json'), exported.stdout);
    const empty = join(dir, 'empty.db');
    expect(runCli(['stats', '--json'], empty, { BRIEFBOT_SEED: 'none' }).stdout).toMatch(/"facts": \{\s*"active": 0/);
    const imported = runCli(['import', join(dir, 'base.json')], empty, { BRIEFBOT_SEED: 'none' });
    expect(imported.code).toBe(0);
    expect(runCli(['export', '--format', 'json'], empty).stdout).toBe(readFileSync(join(dir, 'base.json'), 'utf8'));
  });

  it('refuses an unknown BRIEFBOT_SEED naming the choices', () => {
    const { code, stderr } = runCli(['stats'], ':memory:', { BRIEFBOT_SEED: 'some' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/BRIEFBOT_SEED must be documents \(the seed data\) or none \(an empty base\)/);
  });

  it.each([
    [
      ['backup', '/nonexistent-folder/briefbot.db'],
      'Error: Cannot write the backup to /nonexistent-folder/briefbot.db: the folder /nonexistent-folder does not exist. Create it first (mkdir -p /nonexistent-folder) or name a file in a folder that exists, e.g. ./briefbot-backup.db.\n',
    ],
    [
      ['backup', 'package.json/briefbot.db'],
      `Error: Cannot write the backup to package.json/briefbot.db: ${ROOT}package.json is a file, not a folder. Name a file inside a folder, e.g. ./briefbot-backup.db.\n`,
    ],
    [
      ['digest-save', 'TTP', '--file', '/nonexistent-folder/ttp.md'],
      'Error: Cannot write the note to /nonexistent-folder/ttp.md: the folder /nonexistent-folder does not exist. Create it first (mkdir -p /nonexistent-folder) or name a file in a folder that exists, e.g. ./pakistan.md.\n',
    ],
  ])('says plainly when %j cannot write its file, with no reference or stack trace', (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(1);
    expect(stderr).toBe(message);
  });

  it('refuses a corrupt database file and says what to do', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-cli-')), 'broken.db');
    writeFileSync(path, 'not a database '.repeat(100));
    const { code, stderr } = runCli(['ask', 'TTP'], path);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a briefbot database.*Restore it from a backup/);
  });
});
