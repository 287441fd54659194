// Changes to reports and their charts. Each goes through the coordinator, which then invalidates the `state`
// topic, so the report list, the report's table, its verdicts and the chart images refresh.

import { coordinator } from './client';
import { reportsApi } from './reports';
import type { Chart, ChartWrite, Report, ReportWrite } from './report-types';

export function createReport(body: ReportWrite): Promise<Report> {
  return coordinator.send(reportsApi.createReport({ ...body, version: null }));
}

/** Replaces a report; a stale `version` (someone else changed it) fails with 409. */
export function updateReport(report: Report, body: ReportWrite): Promise<Report> {
  return coordinator.send(reportsApi.updateReport(report, { ...body, version: report.version }));
}

export function deleteReport(report: Report): Promise<void> {
  return coordinator.send(reportsApi.deleteReport(report));
}

export function createChart(reportId: string, body: ChartWrite): Promise<Chart> {
  return coordinator.send(reportsApi.createChart(reportId, { ...body, version: null }));
}

export function updateChart(chart: Chart, body: ChartWrite): Promise<Chart> {
  return coordinator.send(reportsApi.updateChart(chart, { ...body, version: chart.version }));
}

export function deleteChart(chart: Chart): Promise<void> {
  return coordinator.send(reportsApi.deleteChart(chart));
}

/** A copy of a report under a new name, with its tests and its charts. */
export async function duplicateReport(report: Report, body: ReportWrite, name: string): Promise<Report> {
  const copy = await createReport({ ...body, name });
  for (const chart of report.charts) await createChart(copy.id, { name: chart.name, type: chart.type, encoding: chart.encoding, version: null });
  return copy;
}
