// One colour language for every chart: grey for all instances, blue for the selection, and a
// sequential ramp when bars are coloured by their metric.

export const TOTAL_COLOR = '#dde1e6';
export const FILTERED_COLOR = '#3b6fd4';
export const CHOSEN_COLOR = '#1f4fae';

// Amber to deep purple: ordered by lightness so it also reads in greyscale, and it does not say
// "good" or "bad", because for error rates a high value is bad and for accuracy it is good. Its
// light end is still dark enough to see on the grey bars.
const RAMP = ['#f5b83d', '#ef8a3a', '#dc5a4c', '#b23a7b', '#6a2c91', '#2c1e66'];

function hex(c: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

/** The ramp's colour at t in [0, 1]. */
export function rampColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const [a, b] = [hex(RAMP[i]!), hex(RAMP[i + 1]!)];
  const f = x - i;
  return `rgb(${a.map((v, k) => Math.round(v + (b[k]! - v) * f)).join(',')})`;
}

/** CSS gradient of the ramp, for the legend. */
export function rampGradient(): string {
  return `linear-gradient(to right, ${RAMP.join(', ')})`;
}

/** Where the legend starts and ends. */
export interface MetricDomain {
  lo: number;
  hi: number;
}

/** A bucket's metric and how many selected instances it rests on. */
export interface Sample {
  value: number | null;
  size: number;
}

// Buckets of a handful of rows have metrics of exactly 0 or 1; letting them set the ends of the
// scale would paint every real bucket the same colour.
const MIN_SUPPORT = 5;

/** The range of the metrics of the buckets with enough rows (all buckets if none has). */
export function metricDomain(samples: Sample[]): MetricDomain | null {
  const defined = samples.filter((s): s is { value: number; size: number } => s.value !== null && Number.isFinite(s.value) && s.size > 0);
  const supported = defined.filter((s) => s.size >= MIN_SUPPORT);
  const values = (supported.length ? supported : defined).map((s) => s.value);
  if (values.length === 0) return null;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return { lo, hi: hi > lo ? hi : lo + (Math.abs(lo) || 1) * 0.01 };
}

/** The bar colour for a bucket's metric; the plain selection colour when there is no metric. */
export function metricColor(value: number | null, domain: MetricDomain | null): string {
  if (value === null || !domain) return FILTERED_COLOR;
  return rampColor((value - domain.lo) / (domain.hi - domain.lo));
}

/**
 * A bar's length as a percentage of the longest, on the same square-root scale as the histograms,
 * so a selection of a few instances still shows; any non-empty bar gets at least a sliver.
 */
export function barPercent(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '0%';
  return `max(2px, ${(Math.sqrt(count / max) * 100).toFixed(2)}%)`;
}
