// Falcon-style brushing in the browser. When a brush starts, the server sends, for every other chart, its rows per
// (brushed bar, bar); prefix sums over the brushed bars then give any brush's counts by one subtraction per bar, so
// every chart follows the brush in O(bars) per frame, whatever the number of rows. Pure, so it is tested alone.

import type { BrushCells, BrushIndex, Bucket, Histogram } from '../api/types';
import type { RangeClause } from '../filters/clauses';
import { isoToMs } from '../filters/brush';

/** The bars a brush covers on the brushed chart: bins [from, to) and, optionally, the "missing" bar. */
export interface ActiveBars {
  from: number;
  to: number;
  /** The index of the "missing" bar when the brush keeps it, else null. */
  missing: number | null;
}

/**
 * Prefix sums over the brushed bars: sums[(a + 1) × width + p] = Σ cells of bars 0..a at p. Cells without a finite
 * value (null) add 0 and are counted in `unknown`, so a range holding one has no value, and the others keep theirs.
 */
interface Prefix {
  sums: Float64Array;
  unknown: Float64Array | null;
}

interface Summed {
  width: number;
  rows: Prefix;
  correct: Prefix | null;
  present: Prefix | null;
  sum: Prefix | null;
  sumAbs: Prefix | null;
  sumSquares: Prefix | null;
  edits: Prefix | null;
  referenceLength: Prefix | null;
}

/** An index ready for brushing: prefix sums per chart and for the selection. */
export interface Prefixed {
  index: BrushIndex;
  charts: Map<string, Summed>;
  selection: Summed;
}

function prefix(values: readonly (number | null)[] | null, bars: number, width: number): Prefix | null {
  if (!values) return null;
  const sums = new Float64Array((bars + 1) * width);
  const unknown = values.includes(null) ? new Float64Array((bars + 1) * width) : null;
  for (let a = 0; a < bars; a++) {
    for (let p = 0; p < width; p++) {
      const value = values[a * width + p] ?? null;
      sums[(a + 1) * width + p] = sums[a * width + p]! + (value ?? 0);
      if (unknown) unknown[(a + 1) * width + p] = unknown[a * width + p]! + (value === null ? 1 : 0);
    }
  }
  return { sums, unknown };
}

function summed(cells: BrushCells, bars: number, width: number): Summed {
  return {
    width,
    rows: prefix(cells.rows, bars, width)!,
    correct: prefix(cells.correct, bars, width),
    present: prefix(cells.present, bars, width),
    sum: prefix(cells.sum, bars, width),
    sumAbs: prefix(cells.sumAbs, bars, width),
    sumSquares: prefix(cells.sumSquares, bars, width),
    edits: prefix(cells.edits ?? null, bars, width),
    referenceLength: prefix(cells.referenceLength ?? null, bars, width),
  };
}

/** Prefix sums of every chart of the index (once per brush, O(cells)). */
export function prefixSums(index: BrushIndex): Prefixed {
  const bars = index.activeBuckets.length;
  return {
    index,
    charts: new Map(index.charts.map((c) => [c.column, summed(c.cells, bars, c.buckets.length)])),
    selection: summed(index.selection, bars, 1),
  };
}

/**
 * The bars of the brushed chart a range clause covers: bins from the one starting at `lo` to the one ending at `hi`
 * (open sides reach the ends), and "missing" when the clause keeps it. No clause: every bar, "missing" included.
 */
export function activeBars(active: Histogram, clause: RangeClause | null): ActiveBars {
  const bins = active.buckets.filter((b) => b.kind === 'range' || b.kind === 'time');
  const missingAt = active.buckets.findIndex((b) => b.kind === 'missing');
  const missing = missingAt >= 0 ? missingAt : null;
  // As clauses.ts writes them: no bounds and no "missing" is no filter; no bounds with "missing" is only missing.
  if (!clause || (clause.lo === null && clause.hi === null && !clause.missing)) return { from: 0, to: bins.length, missing };
  if (clause.lo === null && clause.hi === null) return { from: 0, to: 0, missing };
  const at = (v: number | string) => (typeof v === 'string' ? isoToMs(v) : v);
  const lowOf = (b: Bucket) => (b.kind === 'time' ? isoToMs(b.start!) : b.low!);
  const highOf = (b: Bucket) => (b.kind === 'time' ? isoToMs(b.end!) : b.high!);
  const from = clause.lo === null ? 0 : bins.findIndex((b) => lowOf(b) === at(clause.lo!));
  const last = clause.hi === null ? bins.length - 1 : bins.findIndex((b) => highOf(b) === at(clause.hi!));
  return { from: Math.max(0, from), to: last < 0 ? bins.length : last + 1, missing: clause.missing ? missing : null };
}

function range(values: Float64Array, width: number, bars: ActiveBars, p: number): number {
  let sum = bars.to > bars.from ? values[bars.to * width + p]! - values[bars.from * width + p]! : 0;
  if (bars.missing !== null) sum += values[(bars.missing + 1) * width + p]! - values[bars.missing * width + p]!;
  return sum;
}

function total(prefix: Prefix | null, s: Summed, bars: ActiveBars, p: number): number {
  if (!prefix || (prefix.unknown && range(prefix.unknown, s.width, bars, p) > 0)) return Number.NaN;
  return range(prefix.sums, s.width, bars, p);
}

/** A metric from summed statistics, as the server's MetricMath computes it; null when undefined or not kept. */
export function metricValue(metricType: string, kind: string | null, s: Summed, bars: ActiveBars, p: number): number | null {
  const rows = total(s.rows, s, bars, p);
  const value = (() => {
    switch (metricType.toLowerCase()) {
      case 'count':
        return rows;
      case 'accuracy':
      case 'exactmatch':
        return kind === 'matches' || kind === 'trimmedMatches' ? (rows === 0 ? null : total(s.correct, s, bars, p) / rows) : null;
      case 'errorrate':
        return kind === 'matches' ? (rows === 0 ? null : (rows - total(s.correct, s, bars, p)) / rows) : null;
      case 'mean': {
        const n = total(s.present, s, bars, p);
        return kind === 'mean' && n > 0 ? total(s.sum, s, bars, p) / n : null;
      }
      case 'mae': {
        const n = total(s.present, s, bars, p);
        return kind === 'regression' && n > 0 ? total(s.sumAbs, s, bars, p) / n : null;
      }
      case 'rmse': {
        const n = total(s.present, s, bars, p);
        return kind === 'regression' && n > 0 ? Math.sqrt(total(s.sumSquares, s, bars, p) / n) : null;
      }
      // Corpus-level rates (Σ edits ÷ Σ reference length), as the server computes them.
      case 'wer':
      case 'cer': {
        const reference = total(s.referenceLength, s, bars, p);
        const edits = metricType.toLowerCase() === 'wer' ? 'wordEdits' : 'charEdits';
        return kind === edits && reference > 0 ? total(s.edits, s, bars, p) / reference : null;
      }
      default:
        return null;
    }
  })();
  return value === null || !Number.isFinite(value) ? null : value;
}

/** What the brush shows: every other chart with its counts (and metric) under it, and the selection's size. */
export interface Brushed {
  charts: Map<string, Histogram>;
  selected: number;
}

/**
 * Every chart of `histograms` the index covers (same bars, in the same order), with filtered counts and metrics
 * under the brush; charts it does not cover, and the brushed chart itself, are left out.
 */
export function brushed(prefixed: Prefixed, histograms: Histogram[], bars: ActiveBars, metricType: string | null): Brushed {
  const charts = new Map<string, Histogram>();
  const kind = prefixed.index.metricKind;
  for (const chart of prefixed.index.charts) {
    const histogram = histograms.find((h) => h.column === chart.column);
    const s = prefixed.charts.get(chart.column)!;
    if (!histogram || histogram.buckets.length !== chart.buckets.length || histogram.buckets.some((b, p) => b.label !== chart.buckets[p])) continue;
    let filtered = 0;
    const buckets = histogram.buckets.map((bucket, p) => {
      const rows = total(s.rows, s, bars, p);
      filtered += rows;
      return { ...bucket, filtered: rows, metric: metricType ? metricValue(metricType, kind, s, bars, p) : bucket.metric };
    });
    charts.set(chart.column, { ...histogram, filtered, buckets });
  }
  return { charts, selected: total(prefixed.selection.rows, prefixed.selection, bars, 0) };
}
