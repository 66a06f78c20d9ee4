import type { Companion, EntityCard } from '../../db/store';
import type { FactView } from '../reply';
import type { CoreServices } from '../services';
import { compareLatestFirst, isDated } from './chronology';
import { findKeyFigures } from './key-figures';

/** What the base knows about one entity, every fact-bearing part with its facts' citations. */
export interface EntityProfile extends EntityCard {
  facts: number;
  datedFacts: number;
  sources: number;
  latest: FactView[];
  related: Companion[];
  keyFigures: { figure: string; metric: string; fact: FactView }[];
}

const LATEST = 3;
const RELATED = 5;
const KEY_FIGURES = 5;

/** Builds an entity's profile from its usable facts; only the facts it shows are loaded whole. */
export async function buildEntityProfile(services: CoreServices, entity: { id: number; name: string }): Promise<EntityProfile> {
  const { entities, facts: factStore } = services.base;
  const card = await entities.card(entity.id);
  if (!card) throw new Error(`Entity ${entity.id} (${entity.name}) has no row: the search vocabulary is out of step with the base.`);
  const facts = await entities.factOutlines(entity.id);
  const dated = facts.filter(isDated);
  const figures = findKeyFigures(facts, KEY_FIGURES);
  const [figureViews, latest, related] = await Promise.all([
    factStore.getMany(figures.map((figure) => figure.rowId)),
    factStore.getMany(
      dated
        .sort(compareLatestFirst)
        .slice(0, LATEST)
        .map((fact) => fact.rowId),
    ),
    entities.companions(entity.id, RELATED),
  ]);
  return {
    ...card,
    facts: facts.length,
    datedFacts: dated.length,
    sources: new Set(facts.map((fact) => fact.sourceRowId)).size,
    latest,
    related,
    keyFigures: figures.map((figure, at) => ({ figure: figure.figure, metric: figure.metric, fact: figureViews[at]! })),
  };
}
