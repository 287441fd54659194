/** A box in image pixels: top-left corner, width, height; with its class and, for a model's box, a score. */
export interface Box {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  score: number | null;
}

/**
 * Reads boxes from what a label or output holds: a JSON array (or a JSON text of one, or `{ "boxes": [...] }`)
 * of objects with `label` (or `class`, `category`), `box` / `bbox` = [x, y, width, height] (or `x`, `y`, `width`,
 * `height` keys), and an optional `score`. Entries that are not boxes are skipped and counted.
 */
export function parseBoxes(value: unknown): { boxes: Box[]; skipped: number } {
  let data = value;
  if (typeof data === 'string') data = JSON.parse(data);
  if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { boxes?: unknown }).boxes))
    data = (data as { boxes: unknown[] }).boxes;
  if (!Array.isArray(data)) throw new Error('expected a JSON array of boxes');
  const boxes: Box[] = [];
  let skipped = 0;
  for (const entry of data) {
    const box = toBox(entry);
    if (box) boxes.push(box);
    else skipped++;
  }
  return { boxes, skipped };
}

function toBox(entry: unknown): Box | null {
  if (!entry || typeof entry !== 'object') return null;
  const e = entry as Record<string, unknown>;
  const rect = Array.isArray(e['box']) ? e['box'] : Array.isArray(e['bbox']) ? e['bbox'] : [e['x'], e['y'], e['width'], e['height']];
  const [x, y, width, height] = rect.map(Number);
  if (![x, y, width, height].every((n) => Number.isFinite(n)) || width! <= 0 || height! <= 0) return null;
  const label = e['label'] ?? e['class'] ?? e['category'] ?? '';
  const score = typeof e['score'] === 'number' ? e['score'] : null;
  return { label: String(label), x: x!, y: y!, width: width!, height: height!, score };
}

/** A box in image pixels placed on a canvas drawn `scale` times the image's size, on whole pixels for crisp lines. */
export function scaleBox(box: Box, scale: number): { x: number; y: number; width: number; height: number } {
  const x = Math.round(box.x * scale);
  const y = Math.round(box.y * scale);
  return { x, y, width: Math.round((box.x + box.width) * scale) - x, height: Math.round((box.y + box.height) * scale) - y };
}

/** How much to enlarge an image so it fills a box of the given height without exceeding the width. */
export function fitScale(natural: { width: number; height: number }, maxWidth: number, maxHeight: number): number {
  if (natural.width <= 0 || natural.height <= 0) return 1;
  return Math.min(maxWidth / natural.width, maxHeight / natural.height);
}
