import type { AskCounts } from '../../db/store';
import type { CoreServices } from '../services';

/** What readers did lately: questions this week, reports and gaps waiting for a moderator. */
export interface ReaderStats {
  /** Questions over the last seven UTC days, today included. */
  week: AskCounts;
  openReports: number;
  /** Zero when gap recording is off and none were kept before. */
  openGaps: number;
  recordingGaps: boolean;
}

const WEEK_DAYS = 7;

/** Reads the readers' counts now. */
export async function readReaderStats(services: CoreServices): Promise<ReaderStats> {
  const from = new Date(services.now().getTime() - (WEEK_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const [week, openReports, openGaps] = await Promise.all([
    services.base.gaps.askedSince(from),
    services.base.review.count('report'),
    services.base.gaps.count(false),
  ]);
  return {
    week,
    openReports,
    openGaps,
    recordingGaps: services.recordGaps ?? false,
  };
}

/** The readers' lines of /brief stats. */
export function describeReaderStats({ week, openReports, openGaps, recordingGaps }: ReaderStats): string[] {
  return [
    `Questions this week: ${week.asked.toLocaleString('en')} asked, ${week.answered.toLocaleString('en')} answered.`,
    `Open reports: ${openReports.toLocaleString('en')}${openReports ? ' (/review list --reason report)' : ''}.`,
    `Open gaps: ${openGaps.toLocaleString('en')}${recordingGaps ? (openGaps ? ' (/review gaps)' : '') : ' (gap recording is off)'}.`,
  ];
}
