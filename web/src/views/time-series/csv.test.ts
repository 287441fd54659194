import { describe, expect, it } from 'vitest';
import { extent, parseSeries } from './csv';

describe('parseSeries', () => {
  it('reads t,value CSV with a header', () => {
    const s = parseSeries('t,value\n0,1.5\n1,2\n2,-0.5\n');
    expect(s).toEqual({ x: [0, 1, 2], y: [1.5, 2, -0.5], xName: 't', yName: 'value', xIsTime: false, skipped: 0 });
  });

  it('reads a single column as values over the row number, without a header', () => {
    const s = parseSeries('3\n4\n5');
    expect(s.x).toEqual([0, 1, 2]);
    expect(s.y).toEqual([3, 4, 5]);
    expect(s.xName).toBe('row');
  });

  it('picks the value column by name, reads dates, tabs and semicolons, and skips bad rows', () => {
    const s = parseSeries('date;station;value\n2024-01-01;A;3\n2024-01-02;A;n/a\n2024-01-03;A;4');
    expect(s.xIsTime).toBe(true);
    expect(s.y).toEqual([3, 4]);
    expect(s.x[1]! - s.x[0]!).toBe(2 * 86_400_000);
    expect(s.skipped).toBe(1);
    expect(parseSeries('a\tb\r\n1\t2\r\n').y).toEqual([2]);
  });

  it('fails with the reason when there is nothing to draw', () => {
    expect(() => parseSeries('')).toThrow(/empty/);
    expect(() => parseSeries('t,value\n0,x\n')).toThrow(/no numeric values in column value/);
  });
});

describe('extent', () => {
  it('widens a flat series', () => {
    expect(extent([2, 2])).toEqual([1, 3]);
    expect(extent([3, -1, 2])).toEqual([-1, 3]);
  });
});
