// Wire types of the Zeno HTTP API, mirroring the schemas of /openapi/v1.json (components.schemas).
// Only the fields the UI reads are typed; names and nullability follow the OpenAPI document exactly,
// so a regenerated client could replace this file without touching the components.

export type ColumnType = 'continuous' | 'nominal' | 'boolean' | 'datetime' | 'text';

/** A JSON scalar as filters and rows carry it. */
export type Scalar = string | number | boolean | null;

export interface ColumnSettings {
  name: string;
  type: ColumnType;
  /** "data", "distill", "output" or "modelColumn". */
  origin: string;
  modelDependent: boolean;
}

export interface MetricSettings {
  name: string;
  /** A built-in type ("accuracy", "errorrate", "count", ...) or "function". */
  type: string;
}

export interface Settings {
  name: string;
  view: string;
  idColumn: string;
  dataColumn: string | null;
  labelColumn: string | null;
  columns: ColumnSettings[];
  models: string[];
  metrics: MetricSettings[];
  transforms: string[];
  rows: number;
  samples: number;
  readOnly: boolean;
}

/** Which instances a request is about; every part is ANDed. */
export interface FilterSpec {
  filter?: string | null;
  slices?: string[] | null;
  tags?: string[] | null;
}

/** One chart's clause: the column it came from, so that chart's own counts ignore it. */
export interface SelectionWire {
  source: string;
  filter: string | null;
}

export type BucketKind = 'range' | 'time' | 'value' | 'other' | 'missing';

/**
 * The predicate tree on the wire. `kind` is comparison, columnComparison, in, match, isNull, and,
 * or, not or ids. A date value is `{ date: ISO }`.
 */
export interface PredicateNode {
  kind: string;
  column?: string | null;
  op?: string | null;
  value?: unknown;
  right?: string | null;
  values?: unknown[] | null;
  pattern?: string | null;
  regex?: boolean;
  caseSensitive?: boolean;
  wholeWord?: boolean;
  negated?: boolean;
  children?: PredicateNode[] | null;
  ids?: string[] | null;
}

/** A filter line and its tree, as /api/filters/parse and /format answer. */
export interface ParsedFilter {
  text: string;
  tree: PredicateNode;
  columns: string[];
}

export interface Bucket {
  label: string;
  kind: BucketKind;
  filter: string;
  predicate: PredicateNode;
  total: number;
  filtered: number;
  low: number | null;
  high: number | null;
  start: string | null;
  end: string | null;
  metric: number | null;
}

export interface Histogram {
  column: string;
  type: ColumnType;
  total: number;
  filtered: number;
  buckets: Bucket[];
  unit: string | null;
  unitStep: number | null;
}

export interface HistogramsRequest {
  columns?: string[];
  where?: FilterSpec;
  selections?: SelectionWire[];
  model?: string | null;
  transform?: string | null;
  metric?: string | null;
}

/** Rows per cell of a brushing index and, with a metric, its sufficient statistics per cell (null where not kept or not finite). */
export interface BrushCells {
  rows: number[];
  correct: number[] | null;
  present: number[] | null;
  sum: (number | null)[] | null;
  sumAbs: (number | null)[] | null;
  sumSquares: (number | null)[] | null;
  /** WER and CER: Σ edits and Σ reference length (words or characters). */
  edits?: number[] | null;
  referenceLength?: number[] | null;
}

export interface BrushChart {
  column: string;
  /** The chart's bar labels in display order. */
  buckets: string[];
  /** Row-major: cell (active bar a, bar p) at a × buckets.length + p. */
  cells: BrushCells;
}

/** Falcon's index for brushing one chart: every other chart per (active bar, bar). */
export interface BrushIndex {
  active: string;
  activeBuckets: string[];
  /** Per active bar: the selection's rows (and statistics). */
  selection: BrushCells;
  charts: BrushChart[];
  /** "matches", "trimmedMatches", "mean", "regression", "count", or null. */
  metricKind: string | null;
}

export interface BrushIndexRequest extends HistogramsRequest {
  active: string;
}

export interface HistogramsResponse {
  total: number;
  filtered: number;
  charts: Histogram[];
  /** The requested metric on the whole selection. */
  metric?: number | null;
}

export interface MetricKey {
  where?: FilterSpec | null;
  model?: string | null;
  transform?: string | null;
  metric: string;
}

export interface MetricValue {
  value: number | null;
  size: number;
  /** A column the key reads that the background pipeline has not written yet. */
  pending?: string | null;
}

export interface RowsRequest {
  where?: FilterSpec;
  model?: string | null;
  transform?: string | null;
  /** Columns besides id/data/label/output; null for every column. */
  columns?: string[] | null;
  sort?: string | null;
  descending?: boolean;
  offset?: number;
  limit?: number;
  /** A second model ("B"): the page gains its output as `output (B)` and a sortable `difference`. */
  compareModel?: string | null;
  /** With compareModel: only the rows where B's output differs from A's. */
  onlyDifferent?: boolean;
}

export type Row = Record<string, unknown>;

export interface RowPage {
  total: number;
  columns: string[];
  rows: Row[];
  /** With `compareModel`: A − B ("numeric") or A ≠ B ("categorical"). */
  difference?: 'numeric' | 'categorical' | null;
}

export interface SearchRequest {
  column: string;
  pattern: string;
  regex: boolean;
  caseSensitive: boolean;
  wholeWord: boolean;
  negated: boolean;
  where?: FilterSpec;
  model?: string | null;
  transform?: string | null;
  snippets?: number;
}

export interface CompletionRequest {
  column: string;
  prefix: string;
  where?: FilterSpec;
  model?: string | null;
  transform?: string | null;
  limit?: number;
}

/** A word of a text column that starts with the typed prefix, and how many rows of the selection hold it. */
export interface WordCompletion {
  word: string;
  rows: number;
}

export interface TextSnippet {
  id: string;
  text: string;
  matchStart: number | null;
  matchLength: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TextSearchResult {
  count: number;
  snippets: TextSnippet[];
}

export interface Slice {
  id: string;
  name: string;
  folderId: string | null;
  filter: string;
  version: number;
  readOnly: boolean;
  source: 'user' | 'config';
}

export interface SliceWrite {
  name: string;
  filter: string | null;
  predicate: PredicateNode | null;
  folderId: string | null;
  version: number | null;
}

export interface Folder {
  id: string;
  name: string;
  version: number;
  readOnly: boolean;
}

export interface Tag {
  id: string;
  name: string;
  folderId: string | null;
  instanceIds: string[];
  version: number;
}

export interface TagWrite {
  name: string;
  instanceIds: string[];
  folderId: string | null;
  version: number | null;
}

export interface StepProgress {
  step: string;
  done: number;
  total: number;
  failedRows: number;
  order: number;
}

export interface PipelineSnapshot {
  state: string;
  steps: StepProgress[];
  error: string | null;
  finished?: boolean;
}

/** RFC 9457 problem details, with the extra members Zeno adds. */
export interface Problem {
  title?: string;
  status?: number;
  detail?: string;
  column?: string | number;
  suggestion?: string | null;
  usedBy?: { id: string; name: string }[];
  current?: unknown;
  currentVersion?: number;
}
