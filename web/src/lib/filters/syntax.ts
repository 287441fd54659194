// Writing values and names in Zeno's filter language (README, "The filter language").

import type { Scalar } from '../api/types';

const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'null', 'true', 'false']);

/** A column name, in backticks when it is not a plain identifier (spaces, dashes, keywords). */
export function columnName(name: string): string {
  if (BARE_NAME.test(name) && !KEYWORDS.has(name.toLowerCase())) return name;
  return '`' + name.replaceAll('`', '\\`') + '`';
}

/** A double-quoted string literal with `\` and `"` escaped. */
export function stringLiteral(text: string): string {
  return '"' + text.replaceAll('\\', '\\\\').replaceAll('"', '\\"') + '"';
}

/** A number as the parser reads it: plain decimals, never `NaN` or `Infinity`. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/** An ISO date or date-time, unquoted; midnight is written as the bare date. */
export function dateLiteral(iso: string): string {
  const trimmed = iso.replace(/Z$/, '').replace(/\.0+$/, '');
  return trimmed.replace(/T00:00(:00)?$/, '');
}

/** Any scalar value of a comparison or an in-list. */
export function valueLiteral(value: Scalar): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return numberLiteral(value);
  return value ? 'true' : 'false';
}

/** ANDs filter parts; a part with a top-level `or` is parenthesised because `and` binds tighter. */
export function andAll(parts: (string | null | undefined)[]): string | null {
  const present = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0]!;
  return present.map((p) => (hasTopLevelOr(p) ? `(${p})` : p)).join(' and ');
}

/** Whether ` or ` occurs outside strings, regexes, backticks and parentheses. */
export function hasTopLevelOr(filter: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === '`' || (ch === '/' && /[~]\s*$/.test(filter.slice(0, i)))) quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && /^\sor\s/i.test(filter.slice(i, i + 4))) return true;
  }
  return false;
}
