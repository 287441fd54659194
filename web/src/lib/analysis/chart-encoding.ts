// A report chart's encoding: which of slices, models and metrics goes on x, colour and facet. A dimension takes
// one channel at most, so putting one where another already is swaps them. Each type starts from the encoding
// that reads best for it; a heat map is always slice × slice for one model and metric.

import type { ChartDimension, ChartEncoding, ChartType } from '../api/report-types';

export type Channel = 'x' | 'color' | 'facet';

export const chartTypes: { type: ChartType; label: string }[] = [
  { type: 'bar', label: 'Bar' },
  { type: 'line', label: 'Line' },
  { type: 'table', label: 'Table' },
  { type: 'beeswarm', label: 'Beeswarm' },
  { type: 'radar', label: 'Radar' },
  { type: 'heatmap', label: 'Heat map (slice × slice)' },
];

export const dimensions: ChartDimension[] = ['slices', 'models', 'metrics'];

/** What each channel means for a chart type, for the pickers' labels. */
export function channelLabel(type: ChartType, channel: Channel): string {
  if (channel === 'facet') return 'small multiples';
  if (type === 'table') return channel === 'x' ? 'rows' : 'columns';
  if (type === 'radar') return channel === 'x' ? 'axes' : 'lines';
  if (type === 'beeswarm') return channel === 'x' ? 'groups' : 'colour';
  return channel === 'x' ? 'x axis' : 'colour';
}

export function defaultEncoding(type: ChartType): ChartEncoding {
  switch (type) {
    case 'line':
      return { x: 'models', color: 'slices', facet: null };
    case 'beeswarm':
      return { x: 'models', color: 'slices', facet: null };
    case 'heatmap':
      return { x: 'slices', color: null, facet: null };
    default:
      return { x: 'slices', color: 'models', facet: null };
  }
}

/** Puts `dimension` (or nothing) on `channel`; where it was on another channel, the two swap. x is never empty. */
export function setChannel(encoding: ChartEncoding, channel: Channel, dimension: ChartDimension | null): ChartEncoding {
  if (channel === 'x' && dimension === null) return encoding;
  const next: ChartEncoding = { ...encoding };
  const from = (['x', 'color', 'facet'] as Channel[]).find((c) => c !== channel && dimension !== null && encoding[c] === dimension);
  if (from) {
    if (from === 'x' && encoding[channel] === null) return encoding; // x would be left empty
    (next as Record<Channel, ChartDimension | null>)[from] = encoding[channel];
  }
  (next as Record<Channel, ChartDimension | null>)[channel] = dimension;
  return next;
}

/** Swaps x and colour: bars per slice coloured by model become bars per model coloured by slice. */
export function swapAxes(encoding: ChartEncoding): ChartEncoding {
  return encoding.color ? { ...encoding, x: encoding.color, color: encoding.x } : encoding;
}

/** The dimensions on no channel, which the chart shows at one value each (the held pickers). */
export function heldDimensions(type: ChartType, encoding: ChartEncoding): ChartDimension[] {
  if (type === 'heatmap') return ['models', 'metrics'];
  const used = [encoding.x, encoding.color, encoding.facet];
  return dimensions.filter((d) => !used.includes(d));
}

/** A chart's accessible description, e.g. "Bar chart of slices on the x axis, models by colour". */
export function describeChart(type: ChartType, encoding: ChartEncoding): string {
  const name = chartTypes.find((t) => t.type === type)?.label ?? type;
  if (type === 'heatmap') return `${name} of the metric on each pair of slices`;
  const parts = [`${encoding.x} as ${channelLabel(type, 'x')}`];
  if (encoding.color) parts.push(`${encoding.color} as ${channelLabel(type, 'color')}`);
  if (encoding.facet) parts.push(`${encoding.facet} as small multiples`);
  return `${name} chart: ${parts.join(', ')}`;
}
