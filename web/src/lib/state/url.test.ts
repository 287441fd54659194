import { describe, expect, it } from 'vitest';
import { emptyState, type ExploreState } from './explore-state';
import { decodeState, encodeState } from './url';

const full: ExploreState = {
  model: 'nb-400',
  metric: 'f1',
  transform: 'obfuscate_spam_words',
  clauses: [
    { kind: 'range', column: 'num_links', lo: 10, hi: null },
    { kind: 'range', column: 'date', lo: '2002-06-01T00:00:00', hi: '2002-09-01T00:00:00', missing: true },
    { kind: 'values', column: 'group', values: ['hard_ham', 'spam'] },
    { kind: 'values', column: 'sender_domain', values: [null], other: ['a.com', 'b, "c".org'] },
    { kind: 'values', column: 'has_html', values: [true] },
    { kind: 'match', column: 'text', pattern: 'unsub&scribe=1 /x/', regex: true, caseSensitive: false, wholeWord: true, negated: true },
  ],
  slices: ['config:hard ham', 's_2'],
  tags: ['t_1'],
  errorsOnly: true,
  page: 3,
  pageSize: 50,
  sort: 'word_count',
  descending: true,
  layout: 'table',
  colorByMetric: true,
};

const roundTrip = (s: ExploreState) => decodeState(new URLSearchParams(encodeState(s).toString()));

describe('URL state', () => {
  it('round-trips every field through a query string', () => {
    expect(roundTrip(full)).toEqual(full);
  });

  it('leaves defaults out, so the plain page has a plain URL', () => {
    expect(encodeState(emptyState()).toString()).toBe('');
    expect(decodeState(new URLSearchParams(''))).toEqual(emptyState());
  });

  it('writes the page one-based for people and reads it back zero-based', () => {
    const params = encodeState({ ...emptyState(), page: 1 });
    expect(params.get('page')).toBe('2');
    expect(decodeState(params).page).toBe(1);
  });

  it('skips what it cannot read in a hand-edited link instead of failing', () => {
    const state = decodeState(new URLSearchParams('c.group=not-json&c.x={"lo":"a","hi":[1]}&c.=1&page=-4&size=abc&desc=1&layout=grid&c.ok={"in":[1]}'));
    expect(state.clauses).toEqual([{ kind: 'values', column: 'ok', values: [1] }]);
    expect(state.page).toBe(0);
    expect(state.pageSize).toBeNull();
    expect(state.descending).toBe(false); // no sort column, so no direction
    expect(state.layout).toBe('list');
  });

  it('keeps one clause per column', () => {
    const state = decodeState(new URLSearchParams('c.group={"in":["a"]}&c.group={"in":["b"]}'));
    expect(state.clauses).toEqual([{ kind: 'values', column: 'group', values: ['a'] }]);
  });

  it('round-trips column names that need escaping in a URL', () => {
    const s: ExploreState = { ...emptyState(), clauses: [{ kind: 'range', column: 'mean radius & more', lo: 1.5, hi: 2 }] };
    expect(roundTrip(s)).toEqual(s);
  });
});
