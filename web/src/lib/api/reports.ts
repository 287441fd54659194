// The Analysis page's requests: the slice table, reports and their charts, test verdicts, and the links to
// the files the server draws (chart images, exports). Apart from endpoints.ts so each page's list stays short.

import type { Req, Topic } from './request';
import type {
  AnalysisTable,
  AnalysisTableRequest,
  Chart,
  ChartWrite,
  Report,
  ReportSummary,
  ReportWrite,
  TestResult,
} from './report-types';

const get = <T>(path: string, topics: Topic[]): Req<T> => ({ method: 'GET', path, topics });
const id = (value: string) => encodeURIComponent(value);

export const reportsApi = {
  // Values depend on the computed columns and on the slices' definitions.
  table: (body: AnalysisTableRequest): Req<AnalysisTable> => ({ method: 'POST', path: '/api/analysis/table', body, topics: ['data', 'state'] }),
  reports: () => get<Report[]>('/api/reports', ['state']),
  summaries: () => get<ReportSummary[]>('/api/reports/summaries', ['data', 'state']),
  summary: (reportId: string) => get<ReportSummary>(`/api/reports/${id(reportId)}/summary`, ['data', 'state']),
  tests: () => get<TestResult[]>('/api/tests', ['data', 'state']),

  createReport: (body: ReportWrite): Req<Report> => ({ method: 'POST', path: '/api/reports', body }),
  updateReport: (report: Report, body: ReportWrite): Req<Report> => ({ method: 'PUT', path: `/api/reports/${id(report.id)}`, body }),
  deleteReport: (report: Report): Req<void> => ({ method: 'DELETE', path: `/api/reports/${id(report.id)}?version=${report.version}` }),
  createChart: (reportId: string, body: ChartWrite): Req<Chart> => ({ method: 'POST', path: `/api/reports/${id(reportId)}/charts`, body }),
  updateChart: (chart: Chart, body: ChartWrite): Req<Chart> => ({ method: 'PUT', path: `/api/charts/${id(chart.id)}`, body }),
  deleteChart: (chart: Chart): Req<void> => ({ method: 'DELETE', path: `/api/charts/${id(chart.id)}?version=${chart.version}` }),
};

export type ExportFormat = 'pdf' | 'html' | 'json';

/** The download link of a report's export (the same files as `zeno export`). */
export function exportUrl(reportId: string, format: ExportFormat): string {
  return `/api/reports/${id(reportId)}/export.${format}`;
}

/** What a chart holds fixed where a dimension is on no channel (names, as the report shows them). */
export interface Held {
  slice?: string | null;
  model?: string | null;
  metric?: string | null;
}

/**
 * A chart drawn by the server (the same painter as the PDF). `revision` changes whenever what the chart shows may
 * have changed (the report, the chart, the data), so the browser does not keep an outdated image.
 */
export function chartImageUrl(chart: Chart, format: 'svg' | 'png', held: Held, revision: string, size?: { width: number; height: number }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(held)) if (value) params.set(key, value);
  if (size) {
    params.set('width', String(size.width));
    params.set('height', String(size.height));
  }
  if (revision) params.set('rev', revision);
  const query = params.toString();
  return `/api/reports/${id(chart.reportId)}/charts/${id(chart.id)}.${format}${query ? `?${query}` : ''}`;
}
