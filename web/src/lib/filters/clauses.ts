// A widget's selection as data (a "clause", as in Mosaic): the column it came from and what is chosen.
// The filter text is derived from it, never stored, so the URL, the chips and the server agree.

import type { Scalar, SelectionWire } from '../api/types';
import { andAll, columnName, dateLiteral, numberLiteral, stringLiteral, valueLiteral } from './syntax';

/** A brushed interval: `lo <= x < hi`; null means open on that side (the first or last bin). Dates are ISO text. */
export interface RangeClause {
  kind: 'range';
  column: string;
  lo: number | string | null;
  hi: number | string | null;
  /** Also keep rows where the value is missing. */
  missing?: boolean;
}

/** Chosen values of a nominal or boolean column; `other` is the list the "other" bar excludes. */
export interface ValuesClause {
  kind: 'values';
  column: string;
  values: Scalar[];
  other?: Scalar[];
}

/** A text search, with the options of the filter language's `~` operator. */
export interface MatchClause {
  kind: 'match';
  column: string;
  pattern: string;
  regex: boolean;
  caseSensitive: boolean;
  wholeWord: boolean;
  negated: boolean;
}

export type Clause = RangeClause | ValuesClause | MatchClause;

function bound(value: number | string): string {
  return typeof value === 'number' ? numberLiteral(value) : dateLiteral(value);
}

function rangeFilter(c: RangeClause): string | null {
  const col = columnName(c.column);
  const range = andAll([c.lo === null ? null : `${col} >= ${bound(c.lo)}`, c.hi === null ? null : `${col} < ${bound(c.hi)}`]);
  if (!c.missing) return range;
  return range ? `${range} or ${col} == null` : `${col} == null`;
}

function valuesFilter(c: ValuesClause): string | null {
  const col = columnName(c.column);
  const present = c.values.filter((v) => v !== null);
  const parts: string[] = [];
  if (present.length === 1) parts.push(`${col} == ${valueLiteral(present[0]!)}`);
  else if (present.length > 1) parts.push(`${col} in [${present.map(valueLiteral).join(', ')}]`);
  if (c.other) parts.push(`${col} not in [${c.other.map(valueLiteral).join(', ')}]`);
  if (c.values.includes(null)) parts.push(`${col} == null`);
  return parts.length ? parts.join(' or ') : null;
}

function matchFilter(c: MatchClause): string | null {
  if (!c.pattern) return null;
  const op = c.negated ? '!~' : '~';
  const flags = c.wholeWord ? 'w' : '';
  const pattern = c.regex
    ? `/${c.pattern.replaceAll('/', '\\/')}/${c.caseSensitive ? '' : 'i'}${flags}`
    : `${stringLiteral(c.pattern)}${c.caseSensitive ? 'c' : ''}${flags}`;
  return `${columnName(c.column)} ${op} ${pattern}`;
}

/** The filter-language text of a clause, or null when it selects nothing in particular. */
export function clauseFilter(clause: Clause): string | null {
  switch (clause.kind) {
    case 'range':
      return rangeFilter(clause);
    case 'values':
      return valuesFilter(clause);
    case 'match':
      return matchFilter(clause);
  }
}

/** The clauses as the API's `selections`, each tagged with its column so its own chart ignores it. */
export function toSelections(clauses: Clause[]): { source: string; filter: string }[] {
  return clauses.flatMap((c) => {
    const filter = clauseFilter(c);
    return filter ? [{ source: c.column, filter } satisfies SelectionWire & { filter: string }] : [];
  });
}

/** A short label for a chip: `group: hard_ham, spam`, `num_links: 10 – 200`, `text ~ "unsubscribe"`. */
export function clauseLabel(clause: Clause): string {
  switch (clause.kind) {
    case 'range': {
      const show = (v: number | string) => String(v).replace(/T00:00:00$/, '');
      const range =
        clause.lo === null ? (clause.hi === null ? '' : `< ${show(clause.hi)}`) : clause.hi === null ? `≥ ${show(clause.lo)}` : `${show(clause.lo)} – ${show(clause.hi)}`;
      return `${clause.column}: ${[range, clause.missing ? 'missing' : ''].filter(Boolean).join(' or ')}`;
    }
    case 'values': {
      const names = clause.values.map((v) => (v === null ? 'missing' : String(v)));
      if (clause.other) names.push('other');
      return `${clause.column}: ${names.join(', ')}`;
    }
    case 'match':
      return clauseFilter(clause) ?? clause.column;
  }
}
