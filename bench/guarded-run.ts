import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Why a guarded child was stopped, if it was. */
export type StopReason = 'time' | 'memory' | 'crash' | null;

/** Resident memory of a process in MB, from /proc (Linux); undefined where that cannot be read. */
function residentMb(pid: number): number | undefined {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)\s+kB/);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command (one process: run TypeScript with `node --import tsx`, not the tsx wrapper, so
 * the process measured is the one killed) and collects its stdout lines; kills it when it runs longer than `timeoutMs` or
 * its resident memory passes `maxRssMb`, so one pathological input cannot take the machine down.
 */
export function runGuarded(
  command: string,
  args: readonly string[],
  limits: { timeoutMs: number; maxRssMb: number },
): Promise<{ lines: string[]; stopped: StopReason }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let stopped: StopReason = null;
    const stop = (reason: StopReason): void => {
      stopped = reason;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => stop('time'), limits.timeoutMs);
    const watch = setInterval(() => {
      const rss = child.pid === undefined ? undefined : residentMb(child.pid);
      if (rss !== undefined && rss > limits.maxRssMb) stop('memory');
    }, 250);
    child.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ lines: output.split('\n').filter(Boolean), stopped: stopped ?? (code === 0 ? null : 'crash') });
    });
  });
}
