import { describe, expect, it } from 'vitest';
import type { Bucket } from '../api/types';
import { binEdges, clickBar, isChosen, rangeExtent, snapRange } from './brush';

const range = (low: number, high: number): Bucket => ({
  label: `[${low}, ${high})`, kind: 'range', filter: '', predicate: { kind: 'and' }, total: 1, filtered: 1, low, high, start: null, end: null, metric: null,
});
const value = (v: string | boolean | number, kind: Bucket['kind'] = 'value'): Bucket => ({
  label: String(v), kind, filter: `c == ${JSON.stringify(v)}`, predicate: { kind: 'comparison', value: v }, total: 1, filtered: 1, low: null, high: null, start: null, end: null, metric: null,
});
const bins = [range(0, 10), range(10, 20), range(20, 30), range(30, 40)];
const edges = binEdges([...bins, { ...value('missing', 'missing'), predicate: { kind: 'isNull' } }]);

describe('brushing a histogram', () => {
  it('collects the bin edges in order, ignoring the missing bucket', () => {
    expect(edges.map((e) => e.at)).toEqual([0, 10, 20, 30, 40]);
  });

  it('snaps a brush outwards to whole bins', () => {
    expect(snapRange('x', edges, 12, 27)).toEqual({ kind: 'range', column: 'x', lo: 10, hi: 30 });
    expect(snapRange('x', edges, 27, 12)).toEqual({ kind: 'range', column: 'x', lo: 10, hi: 30 });
  });

  it('selects the bin under a brush narrower than a bin', () => {
    expect(snapRange('x', edges, 21, 22)).toEqual({ kind: 'range', column: 'x', lo: 20, hi: 30 });
  });

  it('leaves the side open when the brush reaches the first or last bin, like the server does', () => {
    expect(snapRange('x', edges, 3, 15)).toEqual({ kind: 'range', column: 'x', lo: null, hi: 20 });
    expect(snapRange('x', edges, 25, 40)).toEqual({ kind: 'range', column: 'x', lo: 20, hi: null });
    expect(snapRange('x', edges, 0, 40)).toBeNull();
  });

  it('snaps time bins to their ISO edges', () => {
    const month = (start: string, end: string): Bucket => ({ ...range(0, 0), kind: 'time', low: null, high: null, start, end });
    const timeEdges = binEdges([month('2002-05-01T00:00:00', '2002-06-01T00:00:00'), month('2002-06-01T00:00:00', '2002-07-01T00:00:00'), month('2002-07-01T00:00:00', '2002-08-01T00:00:00')]);
    const mid = Date.UTC(2002, 5, 15);
    expect(snapRange('date', timeEdges, mid, mid + 1)).toEqual({ kind: 'range', column: 'date', lo: '2002-06-01T00:00:00', hi: '2002-07-01T00:00:00' });
  });

  it('draws an open side at the end of the axis', () => {
    expect(rangeExtent({ kind: 'range', column: 'x', lo: null, hi: 20 }, edges)).toEqual([0, 20]);
  });
});

describe('clicking bars', () => {
  const buckets = [value('ham'), value('spam'), { ...value('other', 'other'), predicate: { kind: 'in', negated: true } }];

  it('chooses only the clicked value', () => {
    expect(clickBar('label', undefined, buckets[0]!, false, buckets)).toEqual({ kind: 'values', column: 'label', values: ['ham'] });
    expect(clickBar('label', { kind: 'values', column: 'label', values: ['ham', 'spam'] }, buckets[1]!, false, buckets)).toEqual({
      kind: 'values', column: 'label', values: ['spam'],
    });
  });

  it('clears the choice when the only chosen value is clicked again', () => {
    expect(clickBar('label', { kind: 'values', column: 'label', values: ['ham'] }, buckets[0]!, false, buckets)).toBeNull();
  });

  it('adds and removes values with shift', () => {
    const one = clickBar('label', undefined, buckets[0]!, true, buckets)!;
    const two = clickBar('label', one, buckets[1]!, true, buckets)!;
    expect(two.values).toEqual(['ham', 'spam']);
    expect(clickBar('label', two, buckets[0]!, true, buckets)!.values).toEqual(['spam']);
    expect(clickBar('label', one, buckets[0]!, true, buckets)).toBeNull();
  });

  it('chooses "other" as everything outside the listed values', () => {
    const other = clickBar('label', undefined, buckets[2]!, false, buckets)!;
    expect(other).toEqual({ kind: 'values', column: 'label', values: [], other: ['ham', 'spam'] });
    expect(isChosen(other, buckets[2]!)).toBe(true);
    expect(isChosen(other, buckets[0]!)).toBe(false);
  });

  it('keeps booleans and numbers typed', () => {
    expect(clickBar('b', undefined, value(true), false, [value(true), value(false)])!.values).toEqual([true]);
    expect(clickBar('n', undefined, value(5), false, [value(5)])!.values).toEqual([5]);
  });
});
