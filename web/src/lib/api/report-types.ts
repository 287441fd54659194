// Wire types of the Analysis page's endpoints: reports and their charts, the slice table, test verdicts.
// Names and nullability follow /openapi/v1.json (ReportDto, ChartDto, AnalysisTable, ReportTestSummary, TestResult).

export type ChartType = 'bar' | 'line' | 'table' | 'beeswarm' | 'radar' | 'heatmap';
export type ChartDimension = 'slices' | 'models' | 'metrics';

export interface ChartEncoding {
  x: ChartDimension;
  color: ChartDimension | null;
  facet: ChartDimension | null;
}

export interface Chart {
  id: string;
  reportId: string;
  name: string;
  type: ChartType;
  encoding: ChartEncoding;
  version: number;
}

export interface ChartWrite {
  name: string;
  type: ChartType;
  encoding: ChartEncoding;
  version: number | null;
}

/** A slice (or report) by id with its current name; `missing` once it no longer exists. */
export interface Ref {
  id: string;
  name: string;
  missing: boolean;
}

export interface ReportTest {
  name: string;
  slice: Ref;
  metric: string;
  /** Canonical text: ">= 0.9", "between 0.6 and 0.8". */
  expect: string;
  reportId: string | null;
  readOnly: boolean;
}

/** "latest", "all" or "list" (then `modelNames`). */
export type ModelRule = 'latest' | 'all' | 'list';

export interface Report {
  id: string;
  name: string;
  slices: Ref[];
  metrics: string[];
  models: ModelRule;
  modelNames: string[];
  transform: string | null;
  tests: ReportTest[];
  charts: Chart[];
  version: number;
}

export interface ReportTestWrite {
  sliceId: string;
  metric: string;
  expect: string;
}

export interface ReportWrite {
  name: string;
  sliceIds: string[];
  metrics: string[];
  models: ModelRule;
  modelNames: string[];
  transform: string | null;
  tests: ReportTestWrite[];
  version: number | null;
}

export type MetricDirection = 'higherIsBetter' | 'lowerIsBetter' | 'neutral';

export interface SnapshotMetric {
  name: string;
  type: string;
  direction: MetricDirection;
  /** Values are fractions read as percentages. */
  percent: boolean;
}

export type MarkerKind = 'regression' | 'volatile';

export interface TrendMarker {
  kind: MarkerKind;
  explanation: string;
}

export interface SliceTrend {
  metric: string;
  values: (number | null)[];
  slope: number | null;
  pValue: number | null;
  volatility: number | null;
  regressing: boolean;
  volatile: boolean;
  explanation: string;
  markers: TrendMarker[];
}

export interface SliceCell {
  model: string;
  size: number | null;
  values: Record<string, number | null>;
}

export interface TableRow {
  /** "all", "config:NAME" or a saved slice's id. */
  id: string;
  name: string;
  /** The folder's name, or null. */
  folder: string | null;
  filter: string;
  missing: boolean;
  cells: SliceCell[];
  trends: SliceTrend[];
}

export interface AnalysisTable {
  metric: SnapshotMetric;
  transform: string | null;
  models: string[];
  rows: TableRow[];
  notes: string[];
}

export interface AnalysisTableRequest {
  slices: string[] | null;
  metric: string;
  transform: string | null;
}

export interface TestVerdict {
  model: string;
  value: number | null;
  passed: boolean;
  error: string | null;
  message: string | null;
}

export interface SummaryTest {
  name: string;
  sliceId: string;
  slice: string;
  metric: string;
  expect: string;
  results: TestVerdict[];
}

export interface TestCounts {
  tests: number;
  checks: number;
  passed: number;
  failed: number;
  errors: number;
  /** Tests that do not pass for the latest model: the number a report shows. */
  failingLatest: number;
}

export interface ReportSummary {
  reportId: string;
  report: string;
  latestModel: string | null;
  counts: TestCounts;
  tests: SummaryTest[];
}

/** One test for one model from GET /api/tests; `source` is "config" or a report's id. */
export interface TestResult {
  name: string;
  slice: string;
  metric: string;
  expect: string;
  model: string;
  value: number | null;
  passed: boolean;
  source: string;
  error: string | null;
}
