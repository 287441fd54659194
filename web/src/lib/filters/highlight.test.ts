import { describe, expect, it } from 'vitest';
import type { MatchClause } from './clauses';
import { firstMatch, highlight } from './highlight';

const clause = (pattern: string, o: Partial<MatchClause> = {}): MatchClause => ({
  kind: 'match', column: 'text', pattern, regex: false, caseSensitive: false, wholeWord: false, negated: false, ...o,
});
const marked = (text: string, c: MatchClause) => highlight(text, c).filter((p) => p.match).map((p) => p.text);

describe('highlighting matches', () => {
  it('marks every match, ignoring case unless asked', () => {
    expect(marked('Free FREE free', clause('free'))).toEqual(['Free', 'FREE', 'free']);
    expect(marked('Free FREE free', clause('free', { caseSensitive: true }))).toEqual(['free']);
  });

  it('treats the pattern literally unless it is a regular expression', () => {
    expect(marked('a.b axb', clause('a.b'))).toEqual(['a.b']);
    expect(marked('a.b axb', clause('a.b', { regex: true }))).toEqual(['a.b', 'axb']);
  });

  it('respects whole words', () => {
    expect(marked('free freedom', clause('free', { wholeWord: true }))).toEqual(['free']);
  });

  it('marks nothing for a negated search or a pattern JavaScript cannot read', () => {
    expect(marked('free', clause('free', { negated: true }))).toEqual([]);
    expect(highlight('x(', clause('(', { regex: true }))).toEqual([{ text: 'x(', match: false }]);
  });

  it('finds where the first match starts', () => {
    expect(firstMatch(highlight('abc free', clause('free')))).toBe(4);
    expect(firstMatch(highlight('abc', clause('free')))).toBe(-1);
  });

  it('keeps all the text', () => {
    expect(highlight('say hi to hi', clause('hi')).map((p) => p.text).join('')).toBe('say hi to hi');
  });
});
