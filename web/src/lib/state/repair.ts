import type { Settings, Slice } from '../api/types';
import type { ExploreState } from './explore-state';

/** What a link asked for that this project does not have, and the state without it. */
export interface Repair {
  clauses: ExploreState['clauses'];
  slices: string[];
  dropped: string[];
}

/**
 * Drops filters on columns and slices the project does not have (a link from an older version of
 * the project, or a slice someone deleted), so one stale part does not blank the whole page.
 * `slices` is undefined while the slice list is still loading: slices are then left alone.
 */
export function repairState(state: Pick<ExploreState, 'clauses' | 'slices'>, settings: Settings, slices: Slice[] | undefined): Repair {
  const columns = new Set(settings.columns.map((c) => c.name));
  const dropped: string[] = [];
  const clauses = state.clauses.filter((c) => columns.has(c.column) || (dropped.push(`column “${c.column}”`), false));
  const known = slices ? new Set(slices.flatMap((s) => [s.id, s.name])) : null;
  const kept = known ? state.slices.filter((id) => known.has(id) || (dropped.push(`slice “${id.replace(/^config:/, '')}”`), false)) : state.slices;
  return { clauses, slices: kept, dropped };
}
