import { describe, expect, it } from 'vitest';
import { verdict } from './verdict';

const instance = (label: unknown, output: unknown, columns: Record<string, unknown> = {}) => ({ id: '1', data: null, label, output, columns });

describe('verdict', () => {
  it('compares output and label', () => {
    expect(verdict(instance('spam', 'spam'), true)).toBe('right');
    expect(verdict(instance('spam', 'ham'), true)).toBe('wrong');
    expect(verdict(instance(3, 3), true)).toBe('right');
  });

  it('says nothing without a label or an output', () => {
    expect(verdict(instance(undefined, 'spam'), true)).toBeNull();
    expect(verdict(instance('spam', null), true)).toBeNull();
    expect(verdict(instance('spam', undefined), true)).toBeNull();
  });

  it('lets a boolean correct column decide, also where label and output are files', () => {
    expect(verdict(instance('masks/1.png', 'model-otsu/1.png', { correct: true }), false)).toBe('right');
    expect(verdict(instance('masks/1.png', 'model-otsu/1.png', { correct: false }), false)).toBe('wrong');
    expect(verdict(instance('masks/1.png', 'model-otsu/1.png'), false)).toBeNull();
    expect(verdict(instance('a', 'a', { correct: 'yes' }), true)).toBe('right');
  });
});
