import { describe, expect, it } from 'vitest';
import type { Settings } from '../api/types';
import { defaultModelB, difference, differenceKey, featureChoices, formatDifference, idFilter, valuesById } from './compare';

describe('comparing two models', () => {
  it('takes the previous version as B', () => {
    const models = ['nb-100', 'nb-400', 'nb-3000'];
    expect(defaultModelB(models, 'nb-3000')).toBe('nb-400');
    expect(defaultModelB(models, 'nb-100')).toBe('nb-400');
    expect(defaultModelB(['only'], 'only')).toBeNull();
  });

  it('offers the per-model columns as features', () => {
    const settings = {
      columns: [
        { name: 'text', type: 'text', origin: 'data', modelDependent: false },
        { name: 'output', type: 'nominal', origin: 'output', modelDependent: true },
        { name: 'spam_probability', type: 'continuous', origin: 'modelColumn', modelDependent: true },
        { name: 'word_count', type: 'continuous', origin: 'distill', modelDependent: false },
        { name: 'correct', type: 'boolean', origin: 'distill', modelDependent: true },
      ],
    } as Settings;
    expect(featureChoices(settings)).toEqual(['spam_probability', 'correct']);
  });

  it('selects the rows on screen by id, quoted for the filter language', () => {
    expect(idFilter('id', ['easy-ham-1/0001', 'x"y'])).toBe('id in ["easy-ham-1/0001", "x\\"y"]');
    expect(idFilter('row id', [3, 4])).toBe('`row id` in [3, 4]');
  });

  it('computes the difference as the server does: A − B for numbers, A ≠ B otherwise, null when missing', () => {
    expect(difference(0.9, 0.25)).toBeCloseTo(0.65);
    expect(difference('spam', 'ham')).toBe(true);
    expect(difference(true, true)).toBe(false);
    expect(difference(null, 1)).toBeNull();
    expect(differenceKey(true)).toBe(1);
    expect(differenceKey(-0.5)).toBe(-0.5);
  });

  it('reads a difference in words or with its sign', () => {
    expect(formatDifference(true)).toBe('differs');
    expect(formatDifference(false)).toBe('same');
    expect(formatDifference(0.123456)).toBe('+0.1235');
    expect(formatDifference(-2)).toBe('−2');
    expect(formatDifference(0)).toBe('0');
    expect(formatDifference(null)).toBe('–');
  });

  it('looks up B\'s values by id', () => {
    const map = valuesById([{ id: 'a', p: 1 }, { id: 'b', p: 2 }], 'id', 'p');
    expect(map.get('b')).toBe(2);
  });
});
