// A slice's metric across the models as a small line: one point per model in config order. An undefined value
// leaves a gap (the line restarts after it) instead of being drawn as 0.

export interface SparkPoint {
  x: number;
  y: number;
  index: number;
  value: number;
}

export interface Sparkline {
  /** SVG path data; empty when no value is defined. */
  path: string;
  points: SparkPoint[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out `values` in a `width` × `height` box with `pad` pixels kept free on every side (for the dots). The y
 * range is the values' own min..max, so small differences show; a flat series is drawn across the middle.
 */
export function sparkline(values: readonly (number | null | undefined)[], width: number, height: number, pad = 2): Sparkline {
  const defined = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (defined.length === 0) return { path: '', points: [] };
  const min = Math.min(...defined);
  const max = Math.max(...defined);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad));
  const points: SparkPoint[] = [];
  let path = '';
  let pen = false;
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      pen = false;
      return;
    }
    const point = { x: round(values.length > 1 ? pad + index * step : width / 2), y: round(y(value)), index, value };
    points.push(point);
    path += `${pen ? 'L' : 'M'}${point.x},${point.y}`;
    pen = true;
  });
  return { path, points };
}
