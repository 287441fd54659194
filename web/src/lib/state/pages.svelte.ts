import { emptyPages, type AnalysisState, type ComparisonState, type PageName, type PagesState } from './pages';
import type { SortState } from '../analysis/sort';

/** The open page and the Analysis and Comparison state, as runes; it round-trips through the URL with Explore. */
export class Pages {
  page = $state<PageName>('exploration');
  analysis = $state<AnalysisState>(emptyPages().analysis);
  comparison = $state<ComparisonState>(emptyPages().comparison);

  snapshot(): PagesState {
    return { page: this.page, analysis: { ...this.analysis }, comparison: { ...this.comparison } };
  }

  apply(state: PagesState): void {
    this.page = state.page;
    this.analysis = { ...state.analysis };
    this.comparison = { ...state.comparison };
  }

  get tableSort(): SortState {
    return { column: this.analysis.sort, descending: this.analysis.descending };
  }

  set tableSort(sort: SortState) {
    this.analysis.sort = sort.column;
    this.analysis.descending = sort.descending;
  }

  /** Sorting or changing what is compared goes back to the first page. */
  setComparison(change: Partial<ComparisonState>): void {
    this.comparison = { ...this.comparison, page: 0, ...change };
  }
}
