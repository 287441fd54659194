import type { Clause } from '../filters/clauses';
import { emptyState, type ExploreState, type InstanceLayout } from './explore-state';

/**
 * The Exploration page's state, as runes. Components read the fields and call the methods; every
 * method that changes which instances are selected goes back to the first page.
 */
export class Explore {
  model = $state<string | null>(null);
  metric = $state<string | null>(null);
  transform = $state<string | null>(null);
  clauses = $state.raw<Clause[]>([]);
  slices = $state.raw<string[]>([]);
  tags = $state.raw<string[]>([]);
  errorsOnly = $state(false);
  page = $state(0);
  pageSize = $state<number | null>(null);
  sort = $state<string | null>(null);
  descending = $state(false);
  layout = $state<InstanceLayout>('list');
  colorByMetric = $state(false);

  snapshot(): ExploreState {
    return {
      model: this.model,
      metric: this.metric,
      transform: this.transform,
      clauses: this.clauses,
      slices: this.slices,
      tags: this.tags,
      errorsOnly: this.errorsOnly,
      page: this.page,
      pageSize: this.pageSize,
      sort: this.sort,
      descending: this.descending,
      layout: this.layout,
      colorByMetric: this.colorByMetric,
    };
  }

  apply(state: ExploreState): void {
    this.model = state.model;
    this.metric = state.metric;
    this.transform = state.transform;
    this.clauses = state.clauses;
    this.slices = state.slices;
    this.tags = state.tags;
    this.errorsOnly = state.errorsOnly;
    this.page = state.page;
    this.pageSize = state.pageSize;
    this.sort = state.sort;
    this.descending = state.descending;
    this.layout = state.layout;
    this.colorByMetric = state.colorByMetric;
  }

  clauseFor(column: string): Clause | undefined {
    return this.clauses.find((c) => c.column === column);
  }

  /** Replaces a column's clause (null removes it), keeping the order in which clauses were made. */
  setClause(column: string, clause: Clause | null): void {
    const index = this.clauses.findIndex((c) => c.column === column);
    const next = [...this.clauses];
    if (clause === null) {
      if (index < 0) return;
      next.splice(index, 1);
    } else if (index < 0) next.push(clause);
    else next[index] = clause;
    this.clauses = next;
    this.page = 0;
  }

  /** A click picks one slice; shift-click (additive) adds or removes it, combining slices with AND. */
  toggleSlice(id: string, additive: boolean): void {
    const chosen = this.slices.includes(id);
    if (additive) this.slices = chosen ? this.slices.filter((s) => s !== id) : [...this.slices, id];
    else this.slices = chosen && this.slices.length === 1 ? [] : [id];
    this.page = 0;
  }

  removeSlice(id: string): void {
    this.slices = this.slices.filter((s) => s !== id);
    this.page = 0;
  }

  /** Like slices: click picks one tag, shift-click combines (AND). */
  toggleTag(id: string, additive: boolean): void {
    const chosen = this.tags.includes(id);
    if (additive) this.tags = chosen ? this.tags.filter((t) => t !== id) : [...this.tags, id];
    else this.tags = chosen && this.tags.length === 1 ? [] : [id];
    this.page = 0;
  }

  removeTag(id: string): void {
    this.tags = this.tags.filter((t) => t !== id);
    this.page = 0;
  }

  setErrorsOnly(on: boolean): void {
    this.errorsOnly = on;
    this.page = 0;
  }

  /** "All instances": nothing chosen. */
  clearAll(): void {
    this.clauses = [];
    this.slices = [];
    this.tags = [];
    this.errorsOnly = false;
    this.page = 0;
  }

  /** Header click: ascending, then descending, then unsorted. */
  cycleSort(column: string): void {
    if (this.sort !== column) [this.sort, this.descending] = [column, false];
    else if (!this.descending) this.descending = true;
    else [this.sort, this.descending] = [null, false];
    this.page = 0;
  }

  get empty(): boolean {
    return this.clauses.length === 0 && this.slices.length === 0 && this.tags.length === 0 && !this.errorsOnly;
  }
}

export function createExplore(): Explore {
  const explore = new Explore();
  explore.apply(emptyState());
  return explore;
}
