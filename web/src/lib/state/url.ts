// The Exploration state in the query string, so a link reproduces the view. Defaults are left out
// to keep links short; a clause is one `c.COLUMN` parameter holding a small JSON object. Anything
// unreadable in a hand-edited link is skipped rather than breaking the page.

import type { Scalar } from '../api/types';
import type { Clause } from '../filters/clauses';
import { emptyState, type ExploreState } from './explore-state';

const CLAUSE_PREFIX = 'c.';

function clauseJson(clause: Clause): string {
  switch (clause.kind) {
    case 'range':
      return JSON.stringify({ lo: clause.lo, hi: clause.hi, ...(clause.missing ? { missing: true } : {}) });
    case 'values':
      return JSON.stringify({ in: clause.values, ...(clause.other ? { other: clause.other } : {}) });
    case 'match': {
      const { pattern, regex, caseSensitive, wholeWord, negated } = clause;
      const flags = { regex, case: caseSensitive, word: wholeWord, not: negated };
      return JSON.stringify({ match: pattern, ...Object.fromEntries(Object.entries(flags).filter(([, on]) => on)) });
    }
  }
}

const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isBound = (v: unknown): v is number | string | null => v === null || typeof v === 'number' || typeof v === 'string';

function parseClause(column: string, text: string): Clause | null {
  let o: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    o = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof o.match === 'string')
    return { kind: 'match', column, pattern: o.match, regex: o.regex === true, caseSensitive: o.case === true, wholeWord: o.word === true, negated: o.not === true };
  if (Array.isArray(o.in) && o.in.every(isScalar)) {
    const other = Array.isArray(o.other) && o.other.every(isScalar) ? { other: o.other as Scalar[] } : {};
    return { kind: 'values', column, values: o.in as Scalar[], ...other };
  }
  if ('lo' in o && 'hi' in o && isBound(o.lo) && isBound(o.hi))
    return { kind: 'range', column, lo: o.lo, hi: o.hi, ...(o.missing === true ? { missing: true } : {}) };
  return null;
}

/** The state as query parameters (defaults omitted). */
export function encodeState(state: ExploreState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.model) p.set('model', state.model);
  if (state.metric) p.set('metric', state.metric);
  if (state.transform) p.set('transform', state.transform);
  for (const clause of state.clauses) p.append(CLAUSE_PREFIX + clause.column, clauseJson(clause));
  for (const slice of state.slices) p.append('slice', slice);
  for (const tag of state.tags) p.append('tag', tag);
  if (state.errorsOnly) p.set('errors', '1');
  if (state.page > 0) p.set('page', String(state.page + 1));
  if (state.pageSize !== null) p.set('size', String(state.pageSize));
  if (state.sort) p.set('sort', state.sort);
  if (state.sort && state.descending) p.set('desc', '1');
  if (state.layout !== 'list') p.set('layout', state.layout);
  if (state.colorByMetric) p.set('colour', '1');
  return p;
}

function positiveInt(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

/** The state a query string describes; missing or malformed parameters take their defaults. */
export function decodeState(params: URLSearchParams): ExploreState {
  const state = emptyState();
  state.model = params.get('model') || null;
  state.metric = params.get('metric') || null;
  state.transform = params.get('transform') || null;
  for (const [key, value] of params) {
    if (!key.startsWith(CLAUSE_PREFIX) || key.length === CLAUSE_PREFIX.length) continue;
    const column = key.slice(CLAUSE_PREFIX.length);
    const clause = parseClause(column, value);
    // One clause per column: a chart owns a single selection.
    if (clause && !state.clauses.some((c) => c.column === column)) state.clauses.push(clause);
  }
  state.slices = params.getAll('slice').filter(Boolean);
  state.tags = params.getAll('tag').filter(Boolean);
  state.errorsOnly = params.get('errors') === '1';
  state.page = (positiveInt(params.get('page')) ?? 1) - 1;
  state.pageSize = positiveInt(params.get('size'));
  state.sort = params.get('sort') || null;
  state.descending = state.sort !== null && params.get('desc') === '1';
  state.layout = params.get('layout') === 'table' ? 'table' : 'list';
  state.colorByMetric = params.get('colour') === '1';
  return state;
}
