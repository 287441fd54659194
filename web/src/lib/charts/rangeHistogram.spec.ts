// The Vega-Lite template of a brushable histogram (continuous and datetime columns). The y scale is
// a square root: with skewed columns and small selections, a linear scale leaves most bars and the
// whole selection invisible; exact counts are in the tooltip. Static: the
// rows are pushed into the named dataset `bins` at run time, so the chart, and the brush on it,
// survive every filter change; only the type and size are fixed when it is created.

import type { TopLevelSpec } from 'vega-lite';
import { TOTAL_COLOR } from './colors';

/** One bar of the dataset `bins`: its extent on the axis, both counts, and its colour. */
export interface BinDatum {
  lo: number;
  hi: number;
  label: string;
  total: number;
  filtered: number;
  /** The selection's colour, or the bucket's metric colour. */
  color: string;
  metricText: string;
}

export const BINS = 'bins';
export const BRUSH = 'brush';

export interface RangeHistogramOptions {
  temporal: boolean;
  width: number;
  height: number;
  metricName: string | null;
}

// Large numbers with SI suffixes, small ones as they are (0.05, not 50m).
const NUMBER_LABEL = "abs(datum.value) >= 1000 ? format(datum.value, '.3~s') : format(datum.value, '~g')";

export function rangeHistogramSpec(o: RangeHistogramOptions): TopLevelSpec {
  const tooltip: { field: string; type: 'nominal' | 'quantitative'; title: string; format?: string }[] = [
    { field: 'label', type: 'nominal', title: 'bin' },
    { field: 'filtered', type: 'quantitative', title: 'selected', format: ',' },
    { field: 'total', type: 'quantitative', title: 'all', format: ',' },
    ...(o.metricName ? [{ field: 'metricText', type: 'nominal' as const, title: o.metricName }] : []),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: o.width,
    height: o.height,
    padding: { left: 4, right: 8, top: 4, bottom: 0 },
    // The data arrives after the chart is built: let the axes claim their room again when it does.
    autosize: { type: 'pad', resize: true },
    data: { name: BINS },
    // One label on the chart (set by the component) instead of a label per bar, which made screen
    // readers read every bin's colour code; the exact counts are in the tooltip and the inputs.
    config: { aria: false, view: { stroke: null }, axis: { labelFontSize: 10, labelColor: '#5b6472', tickColor: '#c7ccd4', domainColor: '#c7ccd4' } },
    encoding: {
      x: o.temporal
        ? { field: 'lo', type: 'temporal', scale: { type: 'utc', nice: false }, axis: { title: null, tickCount: 4, labelOverlap: true, labelFlush: true, format: '%b %Y', grid: false } }
        : { field: 'lo', type: 'quantitative', scale: { nice: false, zero: false }, axis: { title: null, tickCount: 5, labelOverlap: true, labelFlush: true, labelExpr: NUMBER_LABEL, grid: false } },
      x2: { field: 'hi' },
      tooltip,
    },
    layer: [
      {
        // The brush lives on the grey layer, which spans every bin whatever the filter.
        params: [{ name: BRUSH, select: { type: 'interval', encodings: ['x'], zoom: false, mark: { fill: '#3b6fd4', fillOpacity: 0.1, stroke: '#3b6fd4', strokeOpacity: 0.7 } } }],
        mark: { type: 'bar', aria: false, color: TOTAL_COLOR, binSpacing: 1, cornerRadiusTopLeft: 1, cornerRadiusTopRight: 1 },
        encoding: { y: { field: 'total', type: 'quantitative', axis: null, scale: { type: 'sqrt' } }, y2: { datum: 0 } },
      },
      {
        mark: { type: 'bar', aria: false, binSpacing: 1, cornerRadiusTopLeft: 1, cornerRadiusTopRight: 1 },
        encoding: {
          y: { field: 'filtered', type: 'quantitative', axis: null },
          y2: { datum: 0 },
          color: { field: 'color', type: 'nominal', scale: null, legend: null },
        },
      },
    ],
  };
}
