import { describe, expect, it } from 'vitest';
import { formatBarCount, formatMetric } from './numbers';

describe('formatBarCount', () => {
  it('keeps counts exact up to 99,999', () => {
    expect(formatBarCount(0)).toBe('0');
    expect(formatBarCount(1234)).toBe('1,234');
    expect(formatBarCount(99_999)).toBe('99,999');
  });

  it('shortens larger counts so a million-row bar label fits its column', () => {
    expect(formatBarCount(100_000)).toBe('100K');
    expect(formatBarCount(186_732)).toBe('186.7K');
    expect(formatBarCount(5_499_533)).toBe('5.5M');
  });

  it('shows a missing count as a dash, never 0', () => {
    expect(formatBarCount(null)).toBe('–');
    expect(formatBarCount(undefined)).toBe('–');
  });
});

describe('formatMetric', () => {
  it('shows rates as percentages and an undefined metric as a dash', () => {
    expect(formatMetric(0.8742, 'accuracy')).toBe('87.4%');
    expect(formatMetric(null, 'accuracy')).toBe('–');
  });
});
