import type { StoredReport } from '../../db/store';
import { toReportId } from '../domain/ids';

/** One history line per dismissed report: which version was reported and why, who dismissed it, when and why. */
export function describeDismissals(reports: readonly StoredReport[]): string[] {
  return reports
    .filter((report) => report.dismissedAt !== null)
    .map((report) =>
      [
        `${toReportId(report.id)} on v${report.factVersion} dismissed by ${report.dismissedBy}`,
        report.dismissedAt!.slice(0, 16).replace('T', ' '),
        `reported: ${report.reason}`,
        `why: ${report.dismissReason}`,
      ].join(' · '),
    );
}
