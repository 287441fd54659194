import { describe, expect, it } from 'vitest';
import { moveTarget } from './slice-drag';

describe('moveTarget', () => {
  it('moves a slice into another folder or to the top level', () => {
    expect(moveTarget(null, 'f_1')).toBe('f_1');
    expect(moveTarget('f_1', 'f_2')).toBe('f_2');
    expect(moveTarget('f_1', null)).toBeNull();
  });

  it('does nothing when the slice is dropped where it already is', () => {
    expect(moveTarget('f_1', 'f_1')).toBeUndefined();
    expect(moveTarget(null, null)).toBeUndefined();
  });
});
