import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('spreads the models across the width and the values across the height, higher values up', () => {
    const line = sparkline([0.5, 1, 0], 104, 24, 2);
    expect(line.path).toBe('M2,12L52,2L102,22');
    expect(line.points.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('leaves a gap at an undefined value instead of drawing it as 0', () => {
    const line = sparkline([1, null, 2, 3], 62, 10, 1);
    expect(line.path).toBe('M1,9M41,5L61,1');
    expect(line.points).toHaveLength(3);
  });

  it('draws a flat series across the middle, and one value as a single point', () => {
    expect(sparkline([0.7, 0.7], 20, 10, 0).path).toBe('M0,5L20,5');
    expect(sparkline([0.7], 20, 10, 0).points).toEqual([{ x: 10, y: 5, index: 0, value: 0.7 }]);
  });

  it('is empty when nothing is defined', () => {
    expect(sparkline([null, undefined, NaN], 20, 10)).toEqual({ path: '', points: [] });
    expect(sparkline([], 20, 10).path).toBe('');
  });
});
