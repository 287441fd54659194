// Which page is open (the path: /, /analysis, /comparison) and the state of the Analysis and Comparison pages
// (query parameters beside the Exploration ones, see url.ts). The Exploration state is shared: its model, metric
// and transform drive the Analysis table, and its filters and slices choose the compared instances.

export type PageName = 'exploration' | 'analysis' | 'comparison';

export const pageTitles: Record<PageName, string> = { exploration: 'Exploration', analysis: 'Analysis', comparison: 'Comparison' };

export interface AnalysisState {
  /** The open report's id. */
  report: string | null;
  /** The slice table's folder tab (a folder's name, or `noFolder`); null: every slice. */
  folder: string | null;
  /** The slice table's sort column: "name", "size", "trend" or "model:NAME"; null: the server's order. */
  sort: string | null;
  descending: boolean;
}

export interface ComparisonState {
  /** Model B; null: the model before A in zeno.toml. */
  modelB: string | null;
  /** The compared column; null: the models' output. */
  feature: string | null;
  /** "difference", "output (B)" or a column; null: data order. */
  sort: string | null;
  descending: boolean;
  /** Only the rows where B's output differs from A's ("Where B disagrees with A"). */
  onlyDifferent: boolean;
  /** Zero-based. */
  page: number;
}

export interface PagesState {
  page: PageName;
  analysis: AnalysisState;
  comparison: ComparisonState;
}

/** The folder tab of slices in no folder. */
export const noFolder = '-';

export function emptyPages(): PagesState {
  return {
    page: 'exploration',
    analysis: { report: null, folder: null, sort: null, descending: false },
    comparison: { modelB: null, feature: null, sort: null, descending: false, onlyDifferent: false, page: 0 },
  };
}

const SEGMENTS: Record<PageName, string> = { exploration: '', analysis: 'analysis', comparison: 'comparison' };

/** The page a path shows, and the path the app is served under (everything before the page's segment). */
export function pageFromPath(pathname: string): { page: PageName; base: string } {
  const match = /^(.*\/)(analysis|comparison)\/?$/.exec(pathname);
  if (match) return { page: match[2] as PageName, base: match[1]! };
  return { page: 'exploration', base: pathname.endsWith('/') ? pathname : pathname.replace(/[^/]*$/, '') || '/' };
}

export function pagePath(base: string, page: PageName): string {
  return `${base}${SEGMENTS[page]}`;
}

/** Adds the pages' state to `params` (defaults omitted). */
export function encodePages(state: PagesState, params: URLSearchParams): URLSearchParams {
  const { analysis: a, comparison: c } = state;
  if (a.report) params.set('report', a.report);
  if (a.folder) params.set('folder', a.folder);
  if (a.sort) params.set('asort', a.sort);
  if (a.sort && a.descending) params.set('adesc', '1');
  if (c.modelB) params.set('b', c.modelB);
  if (c.feature) params.set('feature', c.feature);
  if (c.sort) params.set('csort', c.sort);
  if (c.sort && c.descending) params.set('cdesc', '1');
  if (c.onlyDifferent) params.set('differ', '1');
  if (c.page > 0) params.set('cpage', String(c.page + 1));
  return params;
}

export function decodePages(pathname: string, params: URLSearchParams): PagesState {
  const state = emptyPages();
  state.page = pageFromPath(pathname).page;
  state.analysis.report = params.get('report') || null;
  state.analysis.folder = params.get('folder') || null;
  state.analysis.sort = params.get('asort') || null;
  state.analysis.descending = state.analysis.sort !== null && params.get('adesc') === '1';
  state.comparison.modelB = params.get('b') || null;
  state.comparison.feature = params.get('feature') || null;
  state.comparison.sort = params.get('csort') || null;
  state.comparison.descending = state.comparison.sort !== null && params.get('cdesc') === '1';
  state.comparison.onlyDifferent = params.get('differ') === '1';
  const page = params.get('cpage');
  state.comparison.page = page && /^\d+$/.test(page) && Number(page) > 0 ? Number(page) - 1 : 0;
  return state;
}
