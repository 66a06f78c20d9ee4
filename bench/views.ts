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
export async function measureViews(services: CoreServices): Promise<{ timeline: number[]; entity: number[]; digest: number[] }> {
  const names = await services.base.entities.mostCited(ENTITIES);
  const range = toRange({ from: '2010' });
  const views = {
    timeline: async (name: string) => toTimelineReply(services, await resolveSubject(services, name), range, 1),
    entity: async (name: string) => toEntityProfileReply(await buildEntityProfile(services, await requireEntity(services, name))),
    digest: async (name: string) => {
      const digest = await buildDigest(services, await resolveSubject(services, name), range);
      return digest && toDigestReply(digest);
    },
  };
  for (const view of Object.values(views)) await timeEach(names, view);
  const rounds = async (view: (name: string) => unknown): Promise<number[]> => {
    const times: number[] = [];
    for (let pass = 0; pass < ROUNDS; pass++) times.push(...(await timeEach(names, view)));
    return times;
  };
  return { timeline: await rounds(views.timeline), entity: await rounds(views.entity), digest: await rounds(views.digest) };
}
