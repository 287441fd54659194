import { describe, expect, it } from 'vitest';
import { defaultEncoding, describeChart, heldDimensions, setChannel, swapAxes } from './chart-encoding';

describe('chart encodings', () => {
  it('start from what reads best for each type', () => {
    expect(defaultEncoding('bar')).toEqual({ x: 'slices', color: 'models', facet: null });
    expect(defaultEncoding('line')).toEqual({ x: 'models', color: 'slices', facet: null });
  });

  it('swap two dimensions when one is put where the other is', () => {
    const bar = defaultEncoding('bar');
    expect(setChannel(bar, 'x', 'models')).toEqual({ x: 'models', color: 'slices', facet: null });
    expect(setChannel(bar, 'facet', 'models')).toEqual({ x: 'slices', color: null, facet: 'models' });
    expect(setChannel(bar, 'color', 'metrics')).toEqual({ x: 'slices', color: 'metrics', facet: null });
    expect(setChannel(bar, 'color', null)).toEqual({ x: 'slices', color: null, facet: null });
  });

  it('never leave x empty', () => {
    const bar = defaultEncoding('bar');
    expect(setChannel(bar, 'x', null)).toBe(bar);
    const noColour = { x: 'slices' as const, color: null, facet: null };
    expect(setChannel(noColour, 'color', 'slices')).toBe(noColour);
  });

  it('swap x and colour in one step', () => {
    expect(swapAxes(defaultEncoding('bar'))).toEqual({ x: 'models', color: 'slices', facet: null });
    const alone = { x: 'slices' as const, color: null, facet: null };
    expect(swapAxes(alone)).toBe(alone);
  });

  it('hold the dimensions on no channel, and always a model and metric for a heat map', () => {
    expect(heldDimensions('bar', defaultEncoding('bar'))).toEqual(['metrics']);
    expect(heldDimensions('bar', { x: 'slices', color: null, facet: null })).toEqual(['models', 'metrics']);
    expect(heldDimensions('heatmap', defaultEncoding('heatmap'))).toEqual(['models', 'metrics']);
  });

  it('describe a chart for screen readers', () => {
    expect(describeChart('radar', defaultEncoding('radar'))).toBe('Radar chart: slices as axes, models as lines');
  });
});
