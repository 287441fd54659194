// Edits of a report, one at a time. A report is replaced whole with the version it was read at, so two quick edits
// (a test saved while the previous one is still on its way) would otherwise conflict with each other: each edit
// waits for the one before and starts from the newest version known, the one the server just answered with.
// A change by someone else still fails with 409, which the UI shows.

import { updateReport } from '../api/report-actions';
import type { Report, ReportWrite } from '../api/report-types';
import { reportWrite } from './report-draft';

const newest = new Map<string, Report>();
let queue: Promise<unknown> = Promise.resolve();

/** The newer of the report as read and the last one this page stored. */
export function freshest(report: Report): Report {
  const known = newest.get(report.id);
  return known && known.version > report.version ? known : report;
}

/** Applies `change` to the newest known version of `report` and stores it, after every edit queued before. */
export function editReport(report: Report, change: (body: ReportWrite) => ReportWrite): Promise<Report> {
  const run = async () => {
    const base = freshest(report);
    const saved = await updateReport(base, change(reportWrite(base)));
    newest.set(saved.id, saved);
    return saved;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => {});
  return result;
}
