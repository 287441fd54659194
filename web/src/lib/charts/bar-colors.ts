import type { Bucket, Histogram } from '../api/types';
import { FILTERED_COLOR, metricColor, metricDomain, type MetricDomain } from './colors';
import { formatMetric } from '../format/numbers';

/** How every chart of the panel colours its selected bars: one colour, or by each bucket's metric. */
export interface BarColors {
  /** The metric shown per bucket; null when bars are not coloured by a metric. */
  metricName: string | null;
  domain: MetricDomain | null;
  metricType: string;
  fill(bucket: Bucket): string;
  text(bucket: Bucket): string;
}

export const PLAIN_COLORS: BarColors = {
  metricName: null,
  domain: null,
  metricType: '',
  fill: () => FILTERED_COLOR,
  text: () => '',
};

/** One legend for the whole panel: the domain spans every bucket of every chart. */
export function metricColors(charts: Histogram[], metricName: string, metricType: string): BarColors {
  const domain = metricDomain(charts.flatMap((c) => c.buckets.map((b) => ({ value: b.metric, size: b.filtered }))));
  return {
    metricName,
    domain,
    metricType,
    fill: (b) => metricColor(b.metric, domain),
    text: (b) => formatMetric(b.metric, metricType),
  };
}
