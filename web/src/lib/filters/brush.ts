// Turning gestures on a chart into clauses: a brushed interval snapped to the bins the chart shows,
// and clicks on bars that choose one value or, with shift, add to the choice.

import type { Bucket, Scalar } from '../api/types';
import type { RangeClause, ValuesClause } from './clauses';

/** A bin edge: its position on the chart's axis (a number, or epoch ms for dates) and the value for the filter. */
export interface Edge {
  at: number;
  value: number | string;
}

/** ISO date-time from the API (no zone) as epoch ms, read as UTC so the axis and the filter agree. */
export function isoToMs(iso: string): number {
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
}

/** The edges of the range or time bins, in order; missing and other buckets have none. */
export function binEdges(buckets: Bucket[]): Edge[] {
  const bins = buckets.filter((b) => b.kind === 'range' || b.kind === 'time');
  const edges: Edge[] = [];
  for (const b of bins) {
    const lo = b.kind === 'time' ? b.start : b.low;
    const hi = b.kind === 'time' ? b.end : b.high;
    if (lo === null || hi === null) continue;
    const loEdge = { at: typeof lo === 'string' ? isoToMs(lo) : lo, value: lo };
    if (edges.length === 0 || edges[edges.length - 1]!.at < loEdge.at) edges.push(loEdge);
    edges.push({ at: typeof hi === 'string' ? isoToMs(hi) : hi, value: hi });
  }
  return edges;
}

/**
 * Snaps a brushed interval outwards to whole bins, so the selection is exactly the bars under the
 * brush. The first and last bins are open-ended on the server (`x < 200`, `x >= 3000`), so a
 * brush reaching them leaves that side open too; null when the brush covers every bin.
 */
export function snapRange(column: string, edges: Edge[], from: number, to: number): RangeClause | null {
  if (edges.length < 2) return null;
  const [a, b] = from <= to ? [from, to] : [to, from];
  const last = edges.length - 1;
  let i = 0;
  while (i < last - 1 && edges[i + 1]!.at <= a) i++;
  let j = last;
  while (j > i + 1 && edges[j - 1]!.at >= b) j--;
  const lo = i === 0 ? null : edges[i]!.value;
  const hi = j === last ? null : edges[j]!.value;
  if (lo === null && hi === null) return null;
  return { kind: 'range', column, lo, hi };
}

/** The axis positions a range clause covers on a chart with these edges (open sides reach the ends). */
export function rangeExtent(clause: RangeClause, edges: Edge[]): [number, number] | null {
  if (edges.length < 2 || (clause.lo === null && clause.hi === null)) return null;
  const at = (v: number | string) => (typeof v === 'string' ? isoToMs(v) : v);
  return [clause.lo === null ? edges[0]!.at : at(clause.lo), clause.hi === null ? edges[edges.length - 1]!.at : at(clause.hi)];
}

/** The value a nominal or boolean bar stands for (from its predicate, so numbers stay numbers). */
export function bucketValue(bucket: Bucket): Scalar {
  if (bucket.kind === 'missing') return null;
  const value = bucket.predicate?.value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return bucket.label;
}

/** Whether a bar is part of a values clause. */
export function isChosen(clause: ValuesClause | undefined, bucket: Bucket): boolean {
  if (!clause) return false;
  if (bucket.kind === 'other') return clause.other !== undefined;
  const value = bucketValue(bucket);
  return clause.values.some((v) => v === value);
}

/**
 * A click on a bar: alone, it chooses only that bar (or clears the choice if it was the only one);
 * with shift (additive), it adds or removes that bar. Returns null when nothing stays chosen.
 */
export function clickBar(column: string, clause: ValuesClause | undefined, bucket: Bucket, additive: boolean, buckets: Bucket[]): ValuesClause | null {
  const chosen = isChosen(clause, bucket);
  const others = buckets.filter((b) => b.kind === 'value').map(bucketValue);
  const alone: ValuesClause =
    bucket.kind === 'other' ? { kind: 'values', column, values: [], other: others } : { kind: 'values', column, values: [bucketValue(bucket)] };
  if (!additive) {
    const onlyThis = chosen && (clause!.values.length + (clause!.other ? 1 : 0)) === 1;
    return onlyThis ? null : alone;
  }
  const base: ValuesClause = clause ?? { kind: 'values', column, values: [] };
  let next: ValuesClause;
  if (bucket.kind === 'other') {
    next = chosen ? { kind: 'values', column, values: base.values } : { ...base, other: others };
  } else {
    const value = bucketValue(bucket);
    next = { ...base, values: chosen ? base.values.filter((v) => v !== value) : [...base.values, value] };
  }
  return next.values.length === 0 && !next.other ? null : next;
}
