import { describe, expect, it } from 'vitest';
import type { Settings, Slice } from '../api/types';
import { repairState } from './repair';

const settings = { columns: [{ name: 'group', type: 'nominal', origin: 'data', modelDependent: false }] } as Settings;
const slice = { id: 's_1', name: 'mine' } as Slice;

describe('repairing a stale link', () => {
  it('drops clauses on unknown columns and unknown slices, and says which', () => {
    const r = repairState(
      { clauses: [{ kind: 'values', column: 'group', values: ['a'] }, { kind: 'values', column: 'gone', values: [1] }], slices: ['s_1', 'config:old'] },
      settings,
      [slice],
    );
    expect(r.clauses.map((c) => c.column)).toEqual(['group']);
    expect(r.slices).toEqual(['s_1']);
    expect(r.dropped).toEqual(['column “gone”', 'slice “old”']);
  });

  it('leaves slices alone until the slice list is known', () => {
    expect(repairState({ clauses: [], slices: ['x'] }, settings, undefined).slices).toEqual(['x']);
  });
});
