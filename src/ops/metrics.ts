import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FactBase } from '../fact-base';

/** How one command ended, as dispatch reports it. */
export interface CommandOutcome {
  command: string;
  outcome: 'ok' | 'refused' | 'busy' | 'error';
  seconds: number;
}

/** Prometheus metrics: commands by name and outcome, their latency, and the fact base's size. */
export function createMetrics(base: Pick<FactBase, 'health'>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'briefbot_' });
  const commands = new Counter({
    name: 'briefbot_commands_total',
    help: 'Commands run, by command and outcome',
    labelNames: ['command', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'briefbot_command_duration_seconds',
    help: 'Time from dispatch to reply, by command',
    labelNames: ['command'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'briefbot_facts',
    help: 'Facts in the base, by status',
    labelNames: ['status'],
    registers: [registry],
    // Counted when scraped, so the figure is never stale and costs nothing between scrapes.
    async collect() {
      const counts = await base.health.factCounts();
      this.reset();
      for (const { status, n } of counts) this.set({ status }, n);
    },
  });
  return {
    observe({ command, outcome, seconds }: CommandOutcome): void {
      commands.inc({ command, outcome });
      latency.observe({ command }, seconds);
    },
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
