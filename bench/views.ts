import type { CoreServices } from '../src/services';
import { toRange } from '../src/views/date-range';
import { buildDigest } from '../src/views/digest';
import { toDigestReply } from '../src/views/digest-reply';
import { buildEntityProfile } from '../src/views/entity-profile';
import { toEntityProfileReply } from '../src/views/entity-profile-reply';
import { requireEntity, resolveSubject } from '../src/views/subject';
import { toTimelineReply } from '../src/views/timeline-reply';
import { timeEach } from './stats';

const ENTITIES = 10;
const ROUNDS = 5;

/**
 * Milliseconds per call of what `brief timeline`, `brief entity` and `brief digest` do, from the
 * typed name to the finished reply, on the entities most facts are tagged with (the slowest case).
 */
export function measureViews(services: CoreServices): { timeline: number[]; entity: number[]; digest: number[] } {
  const names = services.base.entities.mostCited(ENTITIES);
  const range = toRange({ from: '2010' });
  const views = {
    timeline: (name: string) => toTimelineReply(services, resolveSubject(services, name), range, 1),
    entity: (name: string) => toEntityProfileReply(buildEntityProfile(services, requireEntity(services, name))),
    digest: (name: string) => {
      const digest = buildDigest(services, resolveSubject(services, name), range);
      return digest && toDigestReply(digest);
    },
  };
  for (const view of Object.values(views)) names.forEach(view);
  const rounds = (view: (name: string) => unknown): number[] => Array.from({ length: ROUNDS }, () => timeEach(names, view)).flat();
  return { timeline: rounds(views.timeline), entity: rounds(views.entity), digest: rounds(views.digest) };
}
