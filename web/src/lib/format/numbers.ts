// How numbers read on screen. Undefined metrics are "–", never 0 (README: metrics).

const RATE_TYPES = new Set(['accuracy', 'errorrate', 'error_rate', 'precision', 'recall', 'f1', 'exactmatch', 'exact_match', 'wer', 'cer']);

const count = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Whether a metric type is a rate in [0, 1], shown as a percentage. */
export function isRate(metricType: string): boolean {
  return RATE_TYPES.has(metricType.toLowerCase());
}

export function formatMetric(value: number | null | undefined, metricType: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (isRate(metricType)) return `${(value * 100).toFixed(1)}%`;
  if (metricType === 'count' || Number.isInteger(value)) return count.format(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(3);
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : count.format(n);
}

/**
 * A count in a chart's narrow column: exact up to 99,999, compact from 100,000 on (186.7K, 5.5M), so that the
 * numbers of a million-row project fit beside their bars; the bar's title keeps the exact count.
 */
export function formatBarCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : Math.abs(n) < 100_000 ? count.format(n) : compact.format(n);
}

export function formatCompact(n: number): string {
  return compact.format(n);
}

/** A cell of the instance table: numbers trimmed, long text cut, missing shown as a dash. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : Math.abs(value) < 1e-4 && value !== 0 ? value.toExponential(2) : String(+value.toFixed(4));
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 120)}…` : value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const LOWER_IS_BETTER = new Set(['errorrate', 'error_rate', 'mae', 'rmse', 'wer', 'cer']);

/** Whether a selection's value is worse than the overall one (for `count` and unknown metrics: never). */
export function isWorse(value: number | null | undefined, overall: number | null | undefined, metricType: string): boolean {
  if (value === null || value === undefined || overall === null || overall === undefined) return false;
  const type = metricType.toLowerCase();
  if (type === 'count') return false;
  return LOWER_IS_BETTER.has(type) ? value > overall : value < overall;
}
