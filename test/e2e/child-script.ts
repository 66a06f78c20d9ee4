import { type ChildProcess, spawn } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A test's helper script running as an OS process of its own, with its output collected. */
export interface RunningScript {
  child: ChildProcess;
  /** Resolves once the process has ended and its output is all read. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * Starts the TypeScript `script` with `args` from the project folder, with `env` on top of this
 * process's environment. It runs in one Node process with tsx's loader (not under the tsx command,
 * which starts a second process), so a signal sent to `child` reaches the script itself.
 */
export function startScript(script: string, args: readonly string[], env: Record<string, string> = {}): RunningScript {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<Awaited<RunningScript['ended']>>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, ended };
}

/** Runs the script to its end. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): RunningScript['ended'] {
  return startScript(script, args, env).ended;
}
