// From the Exploration state to the API's `where` and `selections`. Pure, so it is tested without a server.

import type { FilterSpec, Settings, Slice } from '../api/types';
import { clauseFilter, toSelections } from '../filters/clauses';
import { andAll, columnName } from '../filters/syntax';
import type { ExploreState } from './explore-state';
import { labelsComparable } from '../../views/names';

/** The model, metric and transform in effect: the state's choice, or the project's defaults. */
export interface Resolved {
  model: string | null;
  metric: string | null;
  metricType: string;
  transform: string | null;
}

export function resolve(state: Pick<ExploreState, 'model' | 'metric' | 'transform'>, settings: Settings): Resolved {
  const model = state.model && settings.models.includes(state.model) ? state.model : (settings.models.at(-1) ?? null);
  const metric = settings.metrics.find((m) => m.name === state.metric) ?? settings.metrics[0];
  const transform = state.transform && settings.transforms.includes(state.transform) ? state.transform : null;
  return { model, metric: metric?.name ?? null, metricType: metric?.type ?? '', transform };
}

/** The model's output column, if the project has models. */
export function outputColumn(settings: Settings): string | null {
  return settings.columns.find((c) => c.origin === 'output')?.name ?? null;
}

/**
 * "Only errors": the output differs from the label. Where the view's labels and outputs are files that cannot be
 * compared (masks, boxes), a boolean `correct` column decides instead. Null when nothing can tell.
 */
export function errorsFilter(settings: Settings): string | null {
  const output = outputColumn(settings);
  if (!output || !settings.labelColumn) return null;
  if (!labelsComparable(settings.view))
    return settings.columns.some((c) => c.name === 'correct' && c.type === 'boolean') ? 'correct == false' : null;
  return `${columnName(output)} != ${columnName(settings.labelColumn)}`;
}

type SelectionState = Pick<ExploreState, 'clauses' | 'slices' | 'tags' | 'errorsOnly'>;

function spec(filter: string | null, state: SelectionState): FilterSpec {
  const where: FilterSpec = {};
  if (filter) where.filter = filter;
  if (state.slices.length) where.slices = state.slices;
  if (state.tags.length) where.tags = state.tags;
  return where;
}

/** For the histograms: everything but the charts' clauses, which go separately as `selections`. */
export function baseWhere(state: SelectionState, settings: Settings): FilterSpec {
  return spec(state.errorsOnly ? errorsFilter(settings) : null, state);
}

/** The charts' clauses, each tagged with its column. */
export function selections(state: SelectionState) {
  return toSelections(state.clauses);
}

/** The whole selection as one `where`: for the rows, the metric and text search. */
export function fullWhere(state: SelectionState, settings: Settings): FilterSpec {
  return spec(andAll([...state.clauses.map(clauseFilter), state.errorsOnly ? errorsFilter(settings) : null]), state);
}

/**
 * The selection as one filter line, for "save as slice": the chosen slices' filters and the
 * clauses ANDed. Tags cannot be written in the filter language, so they make this null.
 */
export function selectionFilterText(state: SelectionState, settings: Settings, slices: Slice[]): string | null {
  if (state.tags.length) return null;
  const sliceFilters = state.slices.map((id) => slices.find((s) => s.id === id)?.filter ?? null);
  if (sliceFilters.includes(null)) return null;
  return andAll([...sliceFilters, ...state.clauses.map(clauseFilter), state.errorsOnly ? errorsFilter(settings) : null]);
}
