import { describe, expect, it } from 'vitest';
import type { Report } from '../api/report-types';
import { copyName, freshName, newReport, reportWrite, withMetric, withName, withoutSlice, withoutTest, withSlice, withTest } from './report-draft';

const report: Report = {
  id: 'r_1', name: 'Ham', version: 3, metrics: ['accuracy'], models: 'latest', modelNames: [], transform: null, charts: [],
  slices: [{ id: 'config:hard ham', name: 'hard ham', missing: false }, { id: 's_2', name: 'mine', missing: false }],
  tests: [{ name: 'Ham: hard ham accuracy', slice: { id: 'config:hard ham', name: 'hard ham', missing: false }, metric: 'accuracy', expect: '>= 0.9', reportId: 'r_1', readOnly: false }],
};

describe('report bodies', () => {
  it('store the report as read, with slices and tests by id', () => {
    expect(reportWrite(report)).toEqual({
      name: 'Ham', sliceIds: ['config:hard ham', 's_2'], metrics: ['accuracy'], models: 'latest', modelNames: [], transform: null,
      tests: [{ sliceId: 'config:hard ham', metric: 'accuracy', expect: '>= 0.9' }], version: 3,
    });
    expect(newReport('Report 1', 'f1', 't')).toMatchObject({ name: 'Report 1', metrics: ['f1'], transform: 't', version: null, sliceIds: [] });
    expect(withName(reportWrite(report), 'Renamed').name).toBe('Renamed');
  });

  it('add a slice once, and remove a slice with its tests', () => {
    const body = reportWrite(report);
    expect(withSlice(body, 'all').sliceIds).toEqual(['config:hard ham', 's_2', 'all']);
    expect(withSlice(body, 's_2')).toBe(body);
    const removed = withoutSlice(body, 'config:hard ham');
    expect(removed.sliceIds).toEqual(['s_2']);
    expect(removed.tests).toEqual([]);
  });

  it('keep one test per slice and metric', () => {
    const body = withTest(reportWrite(report), 'config:hard ham', 'accuracy', '>= 50%');
    expect(body.tests).toEqual([{ sliceId: 'config:hard ham', metric: 'accuracy', expect: '>= 50%' }]);
    const second = withTest(body, 's_2', 'f1', '> 0.5');
    expect(second.tests).toHaveLength(2);
    expect(second.metrics).toEqual(['accuracy', 'f1']);
    expect(withoutTest(second, 's_2', 'f1').tests).toHaveLength(1);
  });

  it('switch the shown metric but keep the metrics tests use', () => {
    const body = { ...reportWrite(report), metrics: ['accuracy', 'count'] };
    expect(withMetric(body, 'f1').metrics).toEqual(['f1', 'accuracy']);
    expect(withMetric({ ...body, tests: [] }, 'f1').metrics).toEqual(['f1']);
  });
});

describe('report names', () => {
  it('number copies and new reports', () => {
    expect(copyName('Ham', ['Ham'])).toBe('Ham (copy)');
    expect(copyName('Ham (copy)', ['Ham', 'Ham (copy)'])).toBe('Ham (copy 2)');
    expect(freshName(['Report 1', 'Report 3'])).toBe('Report 2');
  });
});
