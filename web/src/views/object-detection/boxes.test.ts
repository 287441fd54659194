import { describe, expect, it } from 'vitest';
import { fitScale, parseBoxes, scaleBox } from './boxes';

describe('parseBoxes', () => {
  it('reads the example format, inline JSON text and a boxes member', () => {
    const one = [{ label: 'circle', box: [1, 2, 3, 4], score: 0.5 }];
    expect(parseBoxes(one).boxes).toEqual([{ label: 'circle', x: 1, y: 2, width: 3, height: 4, score: 0.5 }]);
    expect(parseBoxes(JSON.stringify(one)).boxes).toHaveLength(1);
    expect(parseBoxes({ boxes: one }).boxes).toHaveLength(1);
  });

  it('accepts bbox, class and x/y/width/height keys, and skips what is not a box', () => {
    const { boxes, skipped } = parseBoxes([{ class: 'cat', bbox: [0, 0, 10, 10] }, { category: 'dog', x: 1, y: 1, width: 2, height: 2 }, { label: 'bad', box: [0, 0, 0, 5] }, 7]);
    expect(boxes.map((b) => b.label)).toEqual(['cat', 'dog']);
    expect(boxes[0]!.score).toBeNull();
    expect(skipped).toBe(2);
  });

  it('fails on something that is not a list of boxes', () => {
    expect(() => parseBoxes('{"a": 1}')).toThrow(/array of boxes/);
    expect(() => parseBoxes('not json')).toThrow();
  });
});

describe('scaleBox', () => {
  it('scales corners, so neighbouring boxes stay adjacent after rounding', () => {
    const a = scaleBox({ label: '', x: 0, y: 0, width: 3, height: 3, score: null }, 2.5);
    const b = scaleBox({ label: '', x: 3, y: 0, width: 3, height: 3, score: null }, 2.5);
    expect(a).toEqual({ x: 0, y: 0, width: 8, height: 8 });
    expect(b.x).toBe(a.x + a.width);
    expect(scaleBox({ label: '', x: 10, y: 20, width: 30, height: 40, score: null }, 2)).toEqual({ x: 20, y: 40, width: 60, height: 80 });
  });

  it('fits an image into the card', () => {
    expect(fitScale({ width: 96, height: 96 }, 400, 200)).toBeCloseTo(200 / 96);
    expect(fitScale({ width: 800, height: 200 }, 400, 200)).toBe(0.5);
    expect(fitScale({ width: 0, height: 0 }, 400, 200)).toBe(1);
  });
});
