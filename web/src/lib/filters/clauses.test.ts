import { describe, expect, it } from 'vitest';
import { clauseFilter, clauseLabel, toSelections, type Clause } from './clauses';
import { andAll, columnName, hasTopLevelOr, stringLiteral } from './syntax';

describe('clause filters', () => {
  it('writes a brushed range as lo <= x < hi', () => {
    expect(clauseFilter({ kind: 'range', column: 'num_links', lo: 10, hi: 200 })).toBe('num_links >= 10 and num_links < 200');
  });

  it('leaves a side open where the brush reaches the first or last bin', () => {
    expect(clauseFilter({ kind: 'range', column: 'word_count', lo: null, hi: 50 })).toBe('word_count < 50');
    expect(clauseFilter({ kind: 'range', column: 'word_count', lo: 300, hi: null })).toBe('word_count >= 300');
  });

  it('writes dates unquoted, midnight as the bare date', () => {
    expect(clauseFilter({ kind: 'range', column: 'date', lo: '2002-06-01T00:00:00', hi: '2002-06-01T12:30:00' })).toBe(
      'date >= 2002-06-01 and date < 2002-06-01T12:30:00',
    );
  });

  it('adds missing values with or', () => {
    expect(clauseFilter({ kind: 'range', column: 'date', lo: null, hi: null, missing: true })).toBe('date == null');
    expect(clauseFilter({ kind: 'range', column: 'x', lo: 1, hi: 2, missing: true })).toBe('x >= 1 and x < 2 or x == null');
  });

  it('writes one clicked value as ==, several as in', () => {
    expect(clauseFilter({ kind: 'values', column: 'group', values: ['hard_ham'] })).toBe('group == "hard_ham"');
    expect(clauseFilter({ kind: 'values', column: 'group', values: ['hard_ham', 'spam'] })).toBe('group in ["hard_ham", "spam"]');
    expect(clauseFilter({ kind: 'values', column: 'has_html', values: [false] })).toBe('has_html == false');
    expect(clauseFilter({ kind: 'values', column: 'stars', values: [4, 5] })).toBe('stars in [4, 5]');
  });

  it('writes the "other" bar as not in the listed values, and missing as == null', () => {
    expect(clauseFilter({ kind: 'values', column: 'd', values: ['a.com', null], other: ['a.com', 'b.com'] })).toBe(
      'd == "a.com" or d not in ["a.com", "b.com"] or d == null',
    );
  });

  it('writes text search options as the filter language does', () => {
    const base = { kind: 'match', column: 'text', regex: false, caseSensitive: false, wholeWord: false, negated: false } as const;
    expect(clauseFilter({ ...base, pattern: 'unsubscribe' })).toBe('text ~ "unsubscribe"');
    expect(clauseFilter({ ...base, pattern: 'Free', caseSensitive: true, wholeWord: true })).toBe('text ~ "Free"cw');
    expect(clauseFilter({ ...base, pattern: '^re: a/b', regex: true, negated: true })).toBe('text !~ /^re: a\\/b/i');
    expect(clauseFilter({ ...base, pattern: '' })).toBeNull();
  });

  it('escapes quotes and backslashes in values and odd column names', () => {
    expect(stringLiteral('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
    expect(columnName('mean radius')).toBe('`mean radius`');
    expect(columnName('in')).toBe('`in`');
    expect(columnName('word_count')).toBe('word_count');
  });

  it('tags each clause with its column for the histograms request', () => {
    const clauses: Clause[] = [
      { kind: 'values', column: 'group', values: ['spam'] },
      { kind: 'match', column: 'text', pattern: '', regex: false, caseSensitive: false, wholeWord: false, negated: false },
    ];
    expect(toSelections(clauses)).toEqual([{ source: 'group', filter: 'group == "spam"' }]);
  });

  it('labels chips briefly', () => {
    expect(clauseLabel({ kind: 'range', column: 'date', lo: '2002-06-01T00:00:00', hi: null })).toBe('date: ≥ 2002-06-01');
    expect(clauseLabel({ kind: 'range', column: 'n', lo: 1, hi: 5 })).toBe('n: 1 – 5');
    expect(clauseLabel({ kind: 'range', column: 'n', lo: null, hi: 5, missing: true })).toBe('n: < 5 or missing');
    expect(clauseLabel({ kind: 'values', column: 'g', values: ['a', null], other: [] })).toBe('g: a, missing, other');
  });
});

describe('combining filters', () => {
  it('parenthesises parts with a top-level or, because and binds tighter', () => {
    expect(andAll(['a == 1 or b == 2', 'c == 3', null, ''])).toBe('(a == 1 or b == 2) and c == 3');
    expect(andAll(['x == 1'])).toBe('x == 1');
    expect(andAll([null])).toBeNull();
  });

  it('sees or only outside strings, regexes and parentheses', () => {
    expect(hasTopLevelOr('text ~ " or "')).toBe(false);
    expect(hasTopLevelOr('text ~ / or /i')).toBe(false);
    expect(hasTopLevelOr('(a == 1 or b == 2) and c == 1')).toBe(false);
    expect(hasTopLevelOr('a == 1 OR b == 2')).toBe(true);
  });
});
