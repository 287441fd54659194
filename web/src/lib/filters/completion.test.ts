import { describe, expect, it } from 'vitest';
import { complete, lastWord, wantsCompletion } from './completion';

describe('word completion', () => {
  it('takes the last run of letters, digits and underscores as the word', () => {
    expect(lastWord('free mon')).toBe('mon');
    expect(lastWord('a.b')).toBe('b');
    expect(lastWord('ends with space ')).toBe('');
    expect(lastWord('café')).toBe('café');
    expect(lastWord('snake_ca')).toBe('snake_ca');
  });

  it('replaces only the last word', () => {
    expect(complete('free MON', 'money')).toBe('free money');
    expect(complete('unsub', 'unsubscribe')).toBe('unsubscribe');
    expect(complete('x, caf', 'café')).toBe('x, café');
  });

  it('asks only for plain searches with two characters typed', () => {
    expect(wantsCompletion('u', false)).toBe(false);
    expect(wantsCompletion('un', false)).toBe(true);
    expect(wantsCompletion('un', true)).toBe(false);
    expect(wantsCompletion('un ', false)).toBe(false);
  });
});
