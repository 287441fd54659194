import { describe, expect, it } from 'vitest';
import { tintMask } from './mask';

const rgba = (values: number[]) => new Uint8ClampedArray(values.flatMap((v) => (v < 0 ? [255, 255, 255, 0] : [v, v, v, 255])));
const alphas = (pixels: Uint8ClampedArray) => [...pixels].filter((_, i) => i % 4 === 3);

describe('tintMask', () => {
  it('tints the bright pixels and clears the others', () => {
    // White, black, grey just above the cut, transparent white.
    const pixels = rgba([255, 0, 128, -1]);
    expect(tintMask(pixels, 4, 1, { r: 10, g: 20, b: 30, alpha: 0.5 })).toBe(2);
    expect([...pixels]).toEqual([10, 20, 30, 128, 10, 20, 30, 0, 10, 20, 30, 128, 10, 20, 30, 0]);
  });

  it('reads a class-index mask in one colour channel as a mask too', () => {
    expect(tintMask(new Uint8ClampedArray([0, 200, 0, 255]), 1, 1, { r: 0, g: 0, b: 0, alpha: 1 })).toBe(1);
  });

  it('draws the edge of a mask opaque and its inside faint', () => {
    // A 3 × 3 block inside a 5 × 5 image: its centre is the only pixel with no outside neighbour.
    const values = Array.from({ length: 25 }, (_, p) => (p % 5 >= 1 && p % 5 <= 3 && p >= 5 && p < 20 ? 255 : 0));
    const pixels = rgba(values);
    expect(tintMask(pixels, 5, 5, { r: 0, g: 0, b: 0, alpha: 0.2 }, true)).toBe(9);
    const a = alphas(pixels);
    expect(a[12]).toBe(51);
    expect([a[6], a[7], a[8], a[11], a[13], a[16], a[17], a[18]]).toEqual(Array(8).fill(255));
    expect(a[0]).toBe(0);
  });
});
