import type { EntityRecord } from './entity';
import type { FactRecord } from './fact';
import type { SourceRecord } from './source';

/**
 * The interchange form of a fact base: the seed files, `export --format json` and `import` all use
 * it, so an export imports back exactly.
 */
export interface Bundle {
  sources: SourceRecord[];
  entities: EntityRecord[];
  facts: FactRecord[];
}
