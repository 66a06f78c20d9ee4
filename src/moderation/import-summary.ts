import type { Bundle } from '../bundle';
import type { CoreServices } from '../services';
import { toFactId } from '../domain/ids';

/** What an import adds to the base: the ids it creates, and facts that repeat one already there. */
export interface ImportSummary {
  facts: string[];
  sources: string[];
  entities: string[];
  /** Imported fact id → the existing fact that states the same. */
  repeats: { id: string; existing: string }[];
}

const keyOf = (statement: string): string => statement.trim().toLowerCase();

/** Works out, before the import is written, what it will create and what it repeats. */
export async function summariseImport(bundle: Bundle, services: CoreServices): Promise<ImportSummary> {
  const [sources, terms, stating] = await Promise.all([
    services.base.sources.list(),
    services.base.entities.listTerms(),
    services.base.bundles.factsStating(bundle.facts.map((fact) => fact.statement)),
  ]);
  const knownSources = new Set(sources.map((source) => source.id));
  const knownEntities = new Set(terms.filter((term) => term.kind === 'name').map((term) => term.term.toLowerCase()));
  const existing = new Map(stating.map((row) => [keyOf(row.statement), toFactId(row.id)]));
  return {
    facts: bundle.facts.map((fact) => fact.id),
    sources: bundle.sources.filter((source) => !knownSources.has(source.id)).map((source) => source.id),
    entities: bundle.entities.filter((entity) => !knownEntities.has(entity.name.toLowerCase())).map((entity) => entity.name),
    repeats: bundle.facts.flatMap((fact) => {
      const match = existing.get(keyOf(fact.statement));
      return match ? [{ id: fact.id, existing: match }] : [];
    }),
  };
}

/** The summary for a person: counts, then the ids, then each repeated fact. */
export function describeImport(summary: ImportSummary): { text: string; warnings: string[] } {
  const list = (ids: string[]): string => (ids.length ? `: ${ids.join(', ')}` : '');
  const text =
    `${summary.facts.length} fact(s)${list(summary.facts)}; ${summary.sources.length} new source(s)${list(summary.sources)}; ` +
    `${summary.entities.length} new entit(ies)${list(summary.entities)}`;
  const warnings = summary.repeats.map(
    (repeat) => `${repeat.id} states the same as ${repeat.existing}, already in the base; check both with /brief fact ${repeat.existing}.`,
  );
  return { text, warnings };
}
