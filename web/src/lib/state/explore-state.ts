import type { Clause } from '../filters/clauses';

export type InstanceLayout = 'list' | 'table';

/** Everything that defines what the Exploration page shows; it round-trips through the URL. */
export interface ExploreState {
  /** null: the latest model (the last in zeno.toml). */
  model: string | null;
  /** null: the first metric of the project. */
  metric: string | null;
  /** null: the original instances. */
  transform: string | null;
  clauses: Clause[];
  slices: string[];
  tags: string[];
  errorsOnly: boolean;
  /** Zero-based page of the instance view. */
  page: number;
  /** null: the project's `samples`. */
  pageSize: number | null;
  sort: string | null;
  descending: boolean;
  layout: InstanceLayout;
  colorByMetric: boolean;
}

export function emptyState(): ExploreState {
  return {
    model: null,
    metric: null,
    transform: null,
    clauses: [],
    slices: [],
    tags: [],
    errorsOnly: false,
    page: 0,
    pageSize: null,
    sort: null,
    descending: false,
    layout: 'list',
    colorByMetric: false,
  };
}
