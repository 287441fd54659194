// A report is replaced whole (PUT with the version edited), so every change starts from the report as read and
// returns the body to send. Pure, so each rule is tested without a server: removing a slice drops its tests;
// a test is one per (slice, metric); the metric shown is the first, and metrics that tests use stay listed.

import type { Report, ReportWrite } from '../api/report-types';

/** The body that would store `report` unchanged. */
export function reportWrite(report: Report): ReportWrite {
  return {
    name: report.name,
    sliceIds: report.slices.map((s) => s.id),
    metrics: [...report.metrics],
    models: report.models,
    modelNames: [...report.modelNames],
    transform: report.transform,
    tests: report.tests.map((t) => ({ sliceId: t.slice.id, metric: t.metric, expect: t.expect })),
    version: report.version,
  };
}

/** A new report on the page's metric and transform, with no slices yet. */
export function newReport(name: string, metric: string | null, transform: string | null): ReportWrite {
  return { name, sliceIds: [], metrics: metric ? [metric] : [], models: 'latest', modelNames: [], transform, tests: [], version: null };
}

/** The metric a report's table shows: its first. */
export const reportMetric = (report: Pick<Report, 'metrics'>): string | null => report.metrics[0] ?? null;

export function withName(body: ReportWrite, name: string): ReportWrite {
  return { ...body, name };
}

export function withSlice(body: ReportWrite, sliceId: string): ReportWrite {
  return body.sliceIds.includes(sliceId) ? body : { ...body, sliceIds: [...body.sliceIds, sliceId] };
}

export function withoutSlice(body: ReportWrite, sliceId: string): ReportWrite {
  return { ...body, sliceIds: body.sliceIds.filter((s) => s !== sliceId), tests: body.tests.filter((t) => t.sliceId !== sliceId) };
}

/** Sets (or replaces) the test of a slice on a metric. */
export function withTest(body: ReportWrite, sliceId: string, metric: string, expect: string): ReportWrite {
  const others = body.tests.filter((t) => !(t.sliceId === sliceId && t.metric === metric));
  const metrics = body.metrics.includes(metric) ? body.metrics : [...body.metrics, metric];
  return { ...body, metrics, tests: [...others, { sliceId, metric, expect }] };
}

export function withoutTest(body: ReportWrite, sliceId: string, metric: string): ReportWrite {
  return { ...body, tests: body.tests.filter((t) => !(t.sliceId === sliceId && t.metric === metric)) };
}

/**
 * Shows another metric: it becomes the first; metrics that tests use stay (a test must be on one of the
 * report's metrics), any other is dropped.
 */
export function withMetric(body: ReportWrite, metric: string): ReportWrite {
  const tested = new Set(body.tests.map((t) => t.metric));
  return { ...body, metrics: [metric, ...body.metrics.filter((m) => m !== metric && tested.has(m))] };
}

export function withTransform(body: ReportWrite, transform: string | null): ReportWrite {
  return { ...body, transform };
}

/** Which models the tests apply to: the latest, or every model. */
export function withModels(body: ReportWrite, models: 'latest' | 'all'): ReportWrite {
  return { ...body, models, modelNames: [] };
}

/** "hard ham" → "hard ham (copy)", then "(copy 2)", ..., a name no report has yet. */
export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${base} (copy${n === 1 ? '' : ` ${n}`})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** "Report 1", "Report 2", ...: the first free one. */
export function freshName(taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`Report ${n}`)) return `Report ${n}`;
}
