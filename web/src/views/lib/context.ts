import { coordinator } from '../../lib/api/client';
import { api, fileUrl } from '../../lib/api/endpoints';
import { ApiError, isAbort } from '../../lib/api/problem';
import { formatCell } from '../../lib/format/numbers';
import type { FileRoot, OptionValue, ViewContext, ViewHelpers, ViewSearch } from '../contract';
import { escapeHtml } from './escape';
import { markdown } from './markdown';

export const helpers: ViewHelpers = { escapeHtml, markdown, format: formatCell };

export interface ContextInputs {
  model: string | null;
  transform: string | null;
  columns: ViewContext['columns'];
  options: Record<string, OptionValue>;
  search: ViewSearch | null;
  signal: AbortSignal;
}

const folders: Record<FileRoot, string> = { data: 'data folder', label: 'label folder', output: 'model output folder' };

/** The error a view shows for a file it could not read: which file, in which folder, and why. */
export function fileError(root: FileRoot, path: string, error: unknown): Error {
  const why = error instanceof ApiError ? (error.status === 404 ? 'not found' : error.message) : String((error as Error)?.message ?? error);
  return new Error(`Cannot load ${path} (${folders[root]}): ${why}`);
}

/** A view's context: files go through the page's coordinator, cancelled with the render's signal. */
export function createContext(inputs: ContextInputs): ViewContext {
  function load(root: FileRoot, path: string, as: 'text'): Promise<string>;
  function load(root: FileRoot, path: string, as: 'json'): Promise<unknown>;
  function load(root: FileRoot, path: string, as: 'bytes'): Promise<ArrayBuffer>;
  function load(root: FileRoot, path: string, as: 'text' | 'json' | 'bytes'): Promise<unknown> {
    return coordinator.query(api.file(root, path, as), inputs.signal).catch((error: unknown) => {
      throw isAbort(error) ? error : fileError(root, path, error);
    });
  }
  return { ...inputs, fileUrl, load, helpers };
}
