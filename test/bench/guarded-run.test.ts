import { describe, expect, it } from 'vitest';
import { runGuarded } from '../../bench/guarded-run';

const node = (script: string) => [process.execPath, ['-e', script]] as const;

describe('a guarded benchmark child', () => {
  it('hands back every line a child printed', async () => {
    const [command, args] = node('console.log("{\\"a\\":1}"); console.log("{\\"b\\":2}")');
    expect(await runGuarded(command, args, { timeoutMs: 10_000, maxRssMb: 4_000 })).toEqual({ lines: ['{"a":1}', '{"b":2}'], stopped: null });
  });

  it('stops a child that runs past its time, keeping what it printed before', async () => {
    const [command, args] = node('console.log("first"); setTimeout(() => {}, 60_000)');
    expect(await runGuarded(command, args, { timeoutMs: 1_000, maxRssMb: 4_000 })).toEqual({ lines: ['first'], stopped: 'time' });
  });

  it('stops a child whose memory grows past the limit', async () => {
    const [command, args] = node('const kept = []; setInterval(() => kept.push(Buffer.alloc(20e6, 1)), 10)');
    expect((await runGuarded(command, args, { timeoutMs: 20_000, maxRssMb: 200 })).stopped).toBe('memory');
  });
});
