import { describe, expect, it } from 'vitest';
import type { Settings, Slice } from '../api/types';
import { emptyState } from './explore-state';
import { baseWhere, errorsFilter, fullWhere, resolve, selectionFilterText } from './selection';

const settings: Settings = {
  name: 'Spam filter', view: 'text-classification', idColumn: 'id', dataColumn: 'text', labelColumn: 'label',
  columns: [
    { name: 'label', type: 'nominal', origin: 'data', modelDependent: false },
    { name: 'output', type: 'nominal', origin: 'output', modelDependent: true },
  ],
  models: ['nb-100', 'nb-3000'], metrics: [{ name: 'accuracy', type: 'accuracy' }], transforms: ['t'], rows: 10, samples: 30, readOnly: false,
};
const slice = (id: string, filter: string): Slice => ({ id, name: id, folderId: null, filter, version: 1, readOnly: false, source: 'user' });

describe('selection', () => {
  const state = { ...emptyState(), clauses: [{ kind: 'values' as const, column: 'group', values: ['a', 'b'] }], slices: ['s1'], errorsOnly: true };

  it('defaults to the latest model and the first metric, and ignores names the project lacks', () => {
    expect(resolve({ model: null, metric: null, transform: 'nope' }, settings)).toEqual({ model: 'nb-3000', metric: 'accuracy', metricType: 'accuracy', transform: null });
    expect(resolve({ model: 'nb-100', metric: 'x', transform: 't' }, settings).model).toBe('nb-100');
  });

  it('sends the charts clauses apart from the base selection for histograms', () => {
    expect(baseWhere(state, settings)).toEqual({ filter: 'output != label', slices: ['s1'] });
  });

  it('puts everything in one filter for rows and metrics', () => {
    expect(fullWhere(state, settings)).toEqual({ filter: 'group in ["a", "b"] and output != label', slices: ['s1'] });
    expect(fullWhere(emptyState(), settings)).toEqual({});
  });

  it('writes the selection as one line for a new slice, slices included', () => {
    expect(selectionFilterText(state, settings, [slice('s1', 'x > 1 or y < 2')])).toBe('(x > 1 or y < 2) and group in ["a", "b"] and output != label');
    expect(selectionFilterText({ ...state, tags: ['t'] }, settings, [slice('s1', 'x > 1')])).toBeNull();
  });

  it('finds errors through a boolean correct column where labels and outputs are files', () => {
    const masks: Settings = { ...settings, view: 'image-segmentation' };
    expect(errorsFilter(settings)).toBe('output != label');
    expect(errorsFilter(masks)).toBeNull();
    const withCorrect = { ...masks, columns: [...masks.columns, { name: 'correct', type: 'boolean' as const, origin: 'distill', modelDependent: true }] };
    expect(errorsFilter(withCorrect)).toBe('correct == false');
  });
});
