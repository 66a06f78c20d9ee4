import type { ReviewItem, ReviewReason } from '../../db/store';
import { toFactId } from '../domain/ids';

const WHY: Record<ReviewReason, string> = {
  suggestion: 'suggested',
  'retracted-source': 'its source was retracted',
  report: 'reported as wrong',
};

/** What a suggestion would create on approval, or null when it creates nothing. */
export function describeProposal(item: ReviewItem): string | null {
  const { source, entities } = item.proposal;
  const parts = [
    source ? `new source “${source.title}”${source.url ? ` ${source.url}` : ''}` : null,
    entities.length ? `new entities ${entities.map((entity) => `${entity.name} (${entity.kind})`).join(', ')}` : null,
  ].filter(Boolean);
  return parts.length ? `Approving creates: ${parts.join('; ')}.` : null;
}

/** One queue line: the fact, why it waits, who put it there, from where and when, and their note. */
export function describeReviewItem(item: ReviewItem): string {
  const where = [item.platform, item.workspaceId].filter(Boolean).join(' ');
  const parts = [
    `${toFactId(item.factId)}: ${WHY[item.reason]}${item.reportId ? ` (${item.reportId})` : ''}`,
    `by ${item.displayName} (${item.by}) on ${where}`,
    item.at.slice(0, 16).replace('T', ' '),
    item.note ? `why: ${item.note}` : null,
  ];
  return parts.filter(Boolean).join(' · ');
}
