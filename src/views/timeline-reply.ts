import type { Block, FactView, CommandReply } from '../reply';
import type { CoreServices } from '../services';
import { type DateRange, describeRange, isLimited } from './date-range';
import { type Page, paginate } from './paging';
import type { Subject } from './subject';
import { type Timeline, buildTimeline, groupLabel } from './timeline';
import { countOf, describeNothing } from './wording';

const PAGE_SIZE = 10;

function describeTimeline(subject: Subject, range: DateRange, timeline: Timeline): string {
  const where = isLimited(range) ? `, ${describeRange(range)}` : '';
  const span = timeline.span ? `, ${timeline.span.first} to ${timeline.span.last}` : '';
  const leftOut = [
    timeline.undated ? countOf(timeline.undated, 'undated fact') : '',
    timeline.outside ? `${countOf(timeline.outside, 'dated fact')} outside the range` : '',
  ].filter(Boolean);
  const note = leftOut.length ? ` Left out: ${leftOut.join(' and ')}.` : '';
  return `Timeline of ${subject.label}${where}: ${countOf(timeline.facts.length, 'dated fact')}${span}, by ${timeline.granularity}.${note}`;
}

// A heading opens each month or year on the page; the page's first heading says "(continued)"
// when the previous page already opened that group.
function groupPage(timeline: Timeline, page: Page<Timeline['facts'][number]>, views: readonly FactView[]) {
  const blocks: Block[] = [];
  const groups: { label: string; facts: FactView[] }[] = [];
  const before = page.offset > 0 ? groupLabel(timeline.facts[page.offset - 1]!, timeline.granularity) : null;
  page.items.forEach((fact, at) => {
    const label = groupLabel(fact, timeline.granularity);
    if (groups.at(-1)?.label !== label) {
      blocks.push({ kind: 'text', text: groups.length === 0 && label === before ? `${label} (continued)` : label });
      groups.push({ label, facts: [] });
    }
    blocks.push({ kind: 'fact', fact: views[at]! });
    groups.at(-1)!.facts.push(views[at]!);
  });
  return { blocks, groups };
}

/**
 * A subject's dated facts in order, one page at a time, under a heading per month or year; each
 * fact block carries its own citation.
 */
export async function toTimelineReply(services: CoreServices, subject: Subject, range: DateRange, pageIndex: number): Promise<CommandReply> {
  const timeline = buildTimeline(subject.facts, range);
  if (timeline.facts.length === 0) {
    return { visibility: 'private', title: subject.label, blocks: [{ kind: 'notice', level: 'info', text: describeNothing(subject, range) }] };
  }
  const page = paginate(timeline.facts, pageIndex, PAGE_SIZE, `the timeline of ${subject.label}`);
  const { blocks, groups } = groupPage(timeline, page, await services.base.facts.getMany(page.items.map((fact) => fact.rowId)));
  const { granularity, undated, outside } = timeline;
  const data = { topic: subject.label, entity: subject.entity?.name ?? null, range, granularity, dated: timeline.facts.length, undated, outside, groups };
  return {
    visibility: 'private',
    title: `Timeline: ${subject.label}`,
    blocks: [{ kind: 'text', text: describeTimeline(subject, range, timeline) }, ...blocks],
    page: { index: page.index, total: page.total },
    data,
  };
}
