// Changes to saved state (slices and folders). Each goes through the coordinator, which then
// invalidates the `state` topic so the slice list, its metrics and the chips refresh.

import { coordinator } from './client';
import { api } from './endpoints';
import type { Folder, Slice } from './types';

export function saveSlice(name: string, filter: string, folderId: string | null): Promise<Slice> {
  return coordinator.send(api.createSlice({ name, filter, predicate: null, folderId, version: null }));
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
