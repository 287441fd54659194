import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortRows } from './sort';

const rows = [
  { name: 'nb-1600', v: 0.5 },
  { name: 'nb-400', v: null },
  { name: 'Hard ham', v: 0.9 },
  { name: 'easy ham', v: 0.5 },
  { name: 'nb-100', v: 0.1 },
];

describe('sortRows', () => {
  it('sorts numbers by value and keeps missing values last in both directions', () => {
    expect(sortRows(rows, (r) => r.v).map((r) => r.name)).toEqual(['nb-100', 'nb-1600', 'easy ham', 'Hard ham', 'nb-400']);
    expect(sortRows(rows, (r) => r.v, true).map((r) => r.name)).toEqual(['Hard ham', 'nb-1600', 'easy ham', 'nb-100', 'nb-400']);
  });

  it('sorts names alphabetically, ignoring case, with numbers in numeric order', () => {
    expect(sortRows(rows, (r) => r.name).map((r) => r.name)).toEqual(['easy ham', 'Hard ham', 'nb-100', 'nb-400', 'nb-1600']);
  });

  it('keeps ties in their original order and leaves the input alone', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.v, true);
    expect(rows).toEqual(copy);
    expect(sortRows(rows, () => 1)).toEqual(rows);
  });
});

describe('header clicks', () => {
  it('cycle ascending, descending, unsorted, and start over on another column', () => {
    let s = nextSort({ column: null, descending: false }, 'size');
    expect(s).toEqual({ column: 'size', descending: false });
    expect(ariaSort(s, 'size')).toBe('ascending');
    s = nextSort(s, 'size');
    expect(ariaSort(s, 'size')).toBe('descending');
    expect(ariaSort(s, 'name')).toBe('none');
    expect(nextSort(s, 'size')).toEqual({ column: null, descending: false });
    expect(nextSort(s, 'name')).toEqual({ column: 'name', descending: false });
  });
});
