import { describe, expect, it } from 'vitest';
import type { BrushIndex, Bucket, Histogram } from '../api/types';
import { activeBars, brushed, prefixSums } from './falcon';

// A tiny table: each row has an active bar (0..3, 4 = missing), a bar of chart "kind" (0..2) and a correct flag.
const rows = Array.from({ length: 200 }, (_, i) => ({ a: (i * 7) % 5, p: (i * 3) % 4 === 3 ? 2 : (i * 5) % 2, correct: i % 3 !== 0, value: (i % 11) - 3 }));
const activeLabels = ['[0, 10)', '[10, 20)', '[20, 30)', '[30, 40]', 'missing'];
const kindLabels = ['x', 'y', 'missing'];

function cells(pick: (r: (typeof rows)[number]) => number, width: number, value: (r: (typeof rows)[number]) => number) {
  const out = new Array<number>(activeLabels.length * width).fill(0);
  for (const r of rows) out[r.a * width + pick(r)]! += value(r);
  return out;
}

const index: BrushIndex = {
  active: 'score',
  activeBuckets: activeLabels,
  selection: { rows: cells(() => 0, 1, () => 1), correct: cells(() => 0, 1, (r) => +r.correct), present: null, sum: null, sumAbs: null, sumSquares: null },
  charts: [
    {
      column: 'kind',
      buckets: kindLabels,
      cells: { rows: cells((r) => r.p, 3, () => 1), correct: cells((r) => r.p, 3, (r) => +r.correct), present: null, sum: null, sumAbs: null, sumSquares: null },
    },
  ],
  metricKind: 'matches',
};

const bucket = (label: string, kind: Bucket['kind'], low: number | null = null, high: number | null = null): Bucket => ({
  label, kind, filter: '', predicate: { kind: 'group', op: 'and', children: [] } as unknown as Bucket['predicate'], total: 0, filtered: 0, low, high, start: null, end: null, metric: null,
});
const active: Histogram = {
  column: 'score', type: 'continuous', total: 200, filtered: 200, unit: null, unitStep: null,
  buckets: [bucket('[0, 10)', 'range', 0, 10), bucket('[10, 20)', 'range', 10, 20), bucket('[20, 30)', 'range', 20, 30), bucket('[30, 40]', 'range', 30, 40), bucket('missing', 'missing')],
};
const kind: Histogram = {
  column: 'kind', type: 'nominal', total: 200, filtered: 200, unit: null, unitStep: null,
  buckets: [bucket('x', 'value'), bucket('y', 'value'), bucket('missing', 'missing')],
};

describe('falcon brushing', () => {
  const prefixed = prefixSums(index);

  it('gives every chart its counts and metric under any brush, as counting the rows does', () => {
    for (let lo = 0; lo < 4; lo++) {
      for (let hi = lo + 1; hi <= 4; hi++) {
        for (const missing of [false, true]) {
          const clause = { kind: 'range' as const, column: 'score', lo: lo === 0 ? null : lo * 10, hi: hi === 4 ? null : hi * 10, missing };
          const bars = activeBars(active, clause);
          // No bounds: every row, or with "missing" only the missing ones (as the filter text reads).
          const all = lo === 0 && hi === 4;
          const keep = (a: number) => (all ? (missing ? a === 4 : true) : (a >= lo && a < hi) || (missing && a === 4));
          const result = brushed(prefixed, [active, kind], bars, 'accuracy');
          expect(result.selected).toBe(rows.filter((r) => keep(r.a)).length);
          expect(result.charts.has('score')).toBe(false);
          const chart = result.charts.get('kind')!;
          chart.buckets.forEach((b, p) => {
            const inBar = rows.filter((r) => keep(r.a) && r.p === p);
            expect(b.filtered).toBe(inBar.length);
            expect(b.metric).toBe(inBar.length === 0 ? null : inBar.filter((r) => r.correct).length / inBar.length);
          });
          expect(chart.filtered).toBe(rows.filter((r) => keep(r.a)).length);
        }
      }
    }
  });

  it('reads no brush as every bar, and a missing-only brush as the missing bar', () => {
    expect(activeBars(active, null)).toEqual({ from: 0, to: 4, missing: 4 });
    expect(activeBars(active, { kind: 'range', column: 'score', lo: null, hi: null, missing: true })).toEqual({ from: 0, to: 0, missing: 4 });
    expect(brushed(prefixed, [kind], activeBars(active, null), null).selected).toBe(rows.length);
  });

  it('leaves alone a chart whose bars differ from the index', () => {
    const other = { ...kind, buckets: kind.buckets.slice(0, 2) };
    expect(brushed(prefixed, [other], activeBars(active, null), null).charts.size).toBe(0);
  });

  it('computes means from sums and has no value where a sum was not finite', () => {
    const withMeans: BrushIndex = {
      ...index,
      metricKind: 'mean',
      charts: [{ ...index.charts[0]!, cells: { ...index.charts[0]!.cells, correct: null, present: cells((r) => r.p, 3, () => 1), sum: cells((r) => r.p, 3, (r) => r.value), sumAbs: null, sumSquares: null } }],
    };
    withMeans.charts[0]!.cells.sum![0] = null;
    const result = brushed(prefixSums(withMeans), [kind], activeBars(active, { kind: 'range', column: 'score', lo: 10, hi: null }), 'mean').charts.get('kind')!;
    const inY = rows.filter((r) => r.a >= 1 && r.a < 4 && r.p === 1);
    expect(result.buckets[1]!.metric).toBeCloseTo(inY.reduce((s, r) => s + r.value, 0) / inY.length, 12);
    // Cell (0, x) is outside this brush, so its missing sum does not matter; a brush over it has no mean there.
    expect(result.buckets[0]!.metric).not.toBeNull();
    expect(brushed(prefixSums(withMeans), [kind], activeBars(active, null), 'mean').charts.get('kind')!.buckets[0]!.metric).toBeNull();
  });

  it('computes WER and CER as Σ edits over Σ reference length under the brush, and nothing for the other rate', () => {
    // Row i's reference has i % 4 words (none for some), and min(i % 3, i % 4) of them are edited.
    const edits = (r: (typeof rows)[number], i = rows.indexOf(r)) => Math.min(i % 3, i % 4);
    const withEdits: BrushIndex = {
      ...index,
      metricKind: 'wordEdits',
      charts: [{ ...index.charts[0]!, cells: { ...index.charts[0]!.cells, correct: null, edits: cells((r) => r.p, 3, (r) => edits(r)), referenceLength: cells((r) => r.p, 3, (r) => rows.indexOf(r) % 4) } }],
    };
    const bars = activeBars(active, { kind: 'range', column: 'score', lo: 10, hi: 30 });
    const result = brushed(prefixSums(withEdits), [kind], bars, 'wer').charts.get('kind')!;
    for (const p of [0, 1, 2]) {
      const under = rows.filter((r) => r.a >= 1 && r.a < 3 && r.p === p);
      const reference = under.reduce((s, r) => s + (rows.indexOf(r) % 4), 0);
      expect(result.buckets[p]!.metric).toBeCloseTo(under.reduce((s, r) => s + edits(r), 0) / reference, 12);
    }
    // The index carries word edits: a CER request has no value from it, nor does an empty brush (no reference words).
    expect(brushed(prefixSums(withEdits), [kind], bars, 'cer').charts.get('kind')!.buckets[0]!.metric).toBeNull();
    expect(brushed(prefixSums({ ...withEdits, metricKind: 'charEdits' }), [kind], bars, 'cer').charts.get('kind')!.buckets[0]!.metric).not.toBeNull();
    expect(brushed(prefixSums(withEdits), [kind], { from: 1, to: 1, missing: null }, 'wer').charts.get('kind')!.buckets[0]!.metric).toBeNull();
  });
});
