import { describe, expect, it } from 'vitest';
import { expectationText, formatExpectation, inputFor, parseBound, parseExpectation } from './expectation';

describe('typed bounds', () => {
  it('reads percentages and plain numbers alike', () => {
    expect(parseBound('70%')).toBeCloseTo(0.7);
    expect(parseBound(' 70 % ')).toBeCloseTo(0.7);
    expect(parseBound('0.7')).toBe(0.7);
    expect(parseBound('.5')).toBe(0.5);
    expect(parseBound('-2')).toBe(-2);
    expect(parseBound('12.5%')).toBeCloseTo(0.125);
  });

  it('refuses what the server would refuse', () => {
    for (const text of ['', 'abc', '1e3', '70%%', '0,7', '%', '1.2.3']) expect(parseBound(text)).toBeNull();
  });
});

describe('expectation text', () => {
  it('sends the operator and the bound as typed, without inner spaces', () => {
    expect(expectationText({ op: '>=', low: '90 %', high: '' }, true)).toEqual({ text: '>= 90%' });
    expect(expectationText({ op: '<', low: '0.1', high: '' }, true)).toEqual({ text: '< 0.1' });
    expect(expectationText({ op: 'between', low: '60%', high: '0.8' }, true)).toEqual({ text: 'between 60% and 0.8' });
  });

  it('explains a missing, malformed or reversed bound', () => {
    expect(expectationText({ op: '>', low: ' ', high: '' }, false).error).toBe('Give a value.');
    expect(expectationText({ op: 'between', low: '1', high: '' }, false).error).toBe('Give both bounds.');
    expect(expectationText({ op: '>', low: 'lots', high: '' }, false).error).toMatch(/not a number/);
    expect(expectationText({ op: 'between', low: '80%', high: '0.6' }, false).error).toMatch(/lower bound is above/);
  });

  it('catches "90" on a percentage metric, which would mean 9000%', () => {
    expect(expectationText({ op: '>=', low: '90', high: '' }, true).error).toBe('This metric is a fraction between 0 and 1: write 90% or 0.9.');
    expect(expectationText({ op: '<=', low: '90', high: '' }, false)).toEqual({ text: '<= 90' });
  });
});

describe('stored expectations', () => {
  it('parses the canonical text', () => {
    expect(parseExpectation('>= 0.9')).toEqual({ op: '>=', low: 0.9, high: null });
    expect(parseExpectation('between 0.6 and 0.8')).toEqual({ op: 'between', low: 0.6, high: 0.8 });
    expect(parseExpectation('== 1')).toBeNull();
  });

  it('reads in the metric\'s format', () => {
    expect(formatExpectation('>= 0.9', true)).toBe('≥ 90%');
    expect(formatExpectation('< 0.333', true)).toBe('< 33.3%');
    expect(formatExpectation('between 0.6 and 0.8', true)).toBe('between 60% and 80%');
    expect(formatExpectation('<= 5', false)).toBe('≤ 5');
    expect(formatExpectation('odd', false)).toBe('odd');
  });

  it('starts the editor from the stored test, and round-trips through it', () => {
    expect(inputFor('>= 0.9', true)).toEqual({ op: '>=', low: '90%', high: '' });
    expect(inputFor(null, true)).toEqual({ op: '>=', low: '', high: '' });
    const input = inputFor('between 0.07 and 0.29', true);
    expect(expectationText(input, true)).toEqual({ text: 'between 7% and 29%' });
  });
});
