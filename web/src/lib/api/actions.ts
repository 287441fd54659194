// Changes to saved state (slices and folders). Each goes through the coordinator, which then
// invalidates the `state` topic so the slice list, its metrics and the chips refresh.

import { coordinator } from './client';
import { api } from './endpoints';
import type { FilterSpec, Folder, ParsedFilter, PredicateNode, Slice, Tag } from './types';

export function saveSlice(name: string, filter: string, folderId: string | null): Promise<Slice> {
  return coordinator.send(api.createSlice({ name, filter, predicate: null, folderId, version: null }));
}

/** Saves a slice from the builder's tree; the server checks it (unknown columns, malformed nodes). */
export function saveSliceTree(name: string, predicate: PredicateNode, folderId: string | null): Promise<Slice> {
  return coordinator.send(api.createSlice({ name, filter: null, predicate, folderId, version: null }));
}

/** Saves instance ids as a named tag. */
export function createTag(name: string, instanceIds: string[]): Promise<Tag> {
  return coordinator.send(api.createTag({ name, instanceIds, folderId: null, version: null }));
}

/** The most ids one rows request returns; a larger selection is tagged in part (the UI says so). */
export const maxTagIds = 1000;

/** The ids of the first `maxTagIds` instances of a selection, and how many it has in all. */
export async function selectionIds(where: FilterSpec, idColumn: string, model: string | null, transform: string | null) {
  const page = await coordinator.query(api.rows({ where, model, transform, columns: [idColumn], offset: 0, limit: maxTagIds }));
  return { ids: page.rows.map((r) => String(r[idColumn])), total: page.total };
}

/** Renames, moves or re-filters a slice; a stale `version` (someone else edited it) fails with 409. */
export function updateSlice(slice: Slice, name: string, filter: string, folderId: string | null): Promise<Slice> {
  return coordinator.send(api.updateSlice(slice, { name, filter, predicate: null, folderId, version: slice.version }));
}

/** Deletes a slice; without `force`, a slice that a report uses fails with 409 and `usedBy`. */
export function deleteSlice(slice: Slice, force = false): Promise<unknown> {
  return coordinator.send(api.deleteSlice(slice, force));
}

export function createFolder(name: string): Promise<Folder> {
  return coordinator.send(api.createFolder(name));
}

export function renameFolder(folder: Folder, name: string): Promise<Folder> {
  return coordinator.send(api.renameFolder(folder, name));
}

/** Deletes a folder; the server moves its slices to the top level. */
export function deleteFolder(folder: Folder): Promise<void> {
  return coordinator.send(api.deleteFolder(folder));
}

/** The tree of a typed filter line; a read, but run on demand (a button) rather than declared. */
export function parseLine(text: string): Promise<ParsedFilter> {
  return coordinator.query(api.parseFilter(text));
}
