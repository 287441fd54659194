/** A series read from a file: x (numbers, or times in ms) and y, with the column names. */
export interface Series {
  x: number[];
  y: number[];
  xName: string;
  yName: string;
  xIsTime: boolean;
  /** Rows left out because their value was not a number. */
  skipped: number;
}

const isNumber = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));
const isTime = (s: string) => /^\d{4}-\d{2}-\d{2}/.test(s.trim()) && Number.isFinite(Date.parse(s.trim()));

/**
 * Reads a series from CSV (or TSV, or `;`-separated) text. With a header, y is the column named value or y (else
 * the second column) and x the first; a single column is y over its row number. x may be numbers or ISO dates.
 */
export function parseSeries(text: string): Series {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new Error('the file is empty');
  const first = lines[0]!;
  const delimiter = first.includes('\t') ? '\t' : first.includes(';') && !first.includes(',') ? ';' : ',';
  const rows = lines.map((l) => l.split(delimiter).map((f) => f.trim().replace(/^"(.*)"$/, '$1')));
  const header = rows[0]!.some((f) => !isNumber(f) && !isTime(f)) ? rows.shift()! : null;
  const width = Math.max(...rows.map((r) => r.length), header?.length ?? 0);
  const named = header?.findIndex((h) => /^(value|y)$/i.test(h)) ?? -1;
  const yAt = width === 1 ? 0 : named > 0 ? named : 1;
  const xAt = width === 1 ? -1 : 0;
  const xIsTime = xAt >= 0 && rows.length > 0 && rows.every((r) => isTime(r[xAt] ?? ''));
  const series: Series = {
    x: [],
    y: [],
    xName: xAt < 0 ? 'row' : (header?.[xAt] ?? 'x'),
    yName: header?.[yAt] ?? 'value',
    xIsTime,
    skipped: 0,
  };
  rows.forEach((row, i) => {
    const y = row[yAt] ?? '';
    const x = xAt < 0 ? String(i) : (row[xAt] ?? '');
    const xValue = xIsTime ? Date.parse(x) : Number(x);
    if (!isNumber(y) || !Number.isFinite(xValue) || x === '') {
      series.skipped++;
      return;
    }
    series.x.push(xValue);
    series.y.push(Number(y));
  });
  if (series.y.length === 0) throw new Error(`no numeric values in column ${series.yName}`);
  return series;
}

/** Lowest and highest value, widened a little when they are equal so a flat line sits in the middle. */
export function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}
