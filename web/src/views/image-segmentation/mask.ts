/** An overlay colour: red, green, blue in 0–255 and an opacity in 0–1. */
export interface Tint {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** The label mask: a solid outline over a faint fill, so the model's fill beneath and around it stays readable. */
export const LABEL_TINT: Tint = { r: 22, g: 200, b: 90, alpha: 0.2 };
/** The model's mask: a semi-transparent fill. */
export const OUTPUT_TINT: Tint = { r: 236, g: 72, b: 153, alpha: 0.5 };

const on = (pixels: Uint8ClampedArray, i: number) => pixels[i + 3]! > 0 && Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) > 127;

/**
 * Turns a mask's RGBA pixels (width × height) into an overlay, in place: every pixel of the mask (bright and not
 * transparent; grey, RGB and class-index masks all qualify) gets the tint, every other pixel becomes transparent.
 * With `outline`, the mask's edge pixels (inside, next to a pixel outside or the border) are fully opaque.
 * Returns how many pixels are part of the mask.
 */
export function tintMask(pixels: Uint8ClampedArray, width: number, height: number, tint: Tint, outline = false): number {
  const inside = new Uint8Array(width * height);
  for (let p = 0; p < inside.length; p++) inside[p] = on(pixels, p * 4) ? 1 : 0;
  const edge = (p: number) => {
    const x = p % width;
    const y = (p - x) / width;
    return x === 0 || y === 0 || x === width - 1 || y === height - 1 || !inside[p - 1] || !inside[p + 1] || !inside[p - width] || !inside[p + width];
  };
  const fill = Math.round(tint.alpha * 255);
  let count = 0;
  for (let p = 0; p < inside.length; p++) {
    const i = p * 4;
    pixels[i] = tint.r;
    pixels[i + 1] = tint.g;
    pixels[i + 2] = tint.b;
    pixels[i + 3] = inside[p] ? (outline && edge(p) ? 255 : fill) : 0;
    count += inside[p]!;
  }
  return count;
}
