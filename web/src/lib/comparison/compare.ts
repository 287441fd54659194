// Two models side by side. The server pages through the Exploration selection with model A's view and joins
// model B's output and the difference (numeric A − B, otherwise A ≠ B), sortable over the whole selection. For
// another per-model column the server has no B side yet: B's values are fetched for the rows on screen and the
// difference is computed here, so sorting by it orders the page only.

import type { Row, Settings } from '../api/types';
import { columnName, valueLiteral } from '../filters/syntax';

/** The server's names for B's output and the difference (Zeno.Core RowQuery). */
export const OUTPUT_B = 'output (B)';
export const DIFFERENCE = 'difference';

/** B by default: the model before A in zeno.toml (the previous version), or the one after when A is the first. */
export function defaultModelB(models: readonly string[], a: string | null): string | null {
  const index = a === null ? -1 : models.indexOf(a);
  if (index > 0) return models[index - 1]!;
  return models.find((m) => m !== a) ?? null;
}

/** Columns worth comparing besides the output: the per-model ones (model columns, distills that read the output). */
export function featureChoices(settings: Settings): string[] {
  return settings.columns.filter((c) => c.origin !== 'output' && (c.origin === 'modelColumn' || c.modelDependent)).map((c) => c.name);
}

/** A filter that selects exactly these ids. */
export function idFilter(idColumn: string, ids: readonly unknown[]): string {
  return `${columnName(idColumn)} in [${ids.map((id) => valueLiteral(typeof id === 'number' ? id : String(id))).join(', ')}]`;
}

export type Difference = number | boolean | null;

/** A − B for two numbers, A ≠ B otherwise; null when either is missing (as the server computes it). */
export function difference(a: unknown, b: unknown): Difference {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
  return String(a) !== String(b);
}

/** For sorting: true (differs) above false, numbers as they are. */
export function differenceKey(d: Difference): number | null {
  return typeof d === 'boolean' ? Number(d) : d;
}

/** How a difference reads: "+0.12" / "−0.05" / "0", or "differs" / "same". */
export function formatDifference(d: Difference): string {
  if (d === null) return '–';
  if (typeof d === 'boolean') return d ? 'differs' : 'same';
  if (d === 0) return '0';
  const text = Math.abs(d) < 1e-4 ? Math.abs(d).toExponential(2) : String(+Math.abs(d).toPrecision(4));
  return `${d > 0 ? '+' : '−'}${text}`;
}

/** B's value of `column` for each row id, from a page of B's rows. */
export function valuesById(rows: readonly Row[], idColumn: string, column: string): Map<string, unknown> {
  return new Map(rows.map((r) => [String(r[idColumn]), r[column]]));
}
