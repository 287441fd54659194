/** What a cached read depends on: `data` (computed columns) or `state` (slices, folders, tags). */
export type Topic = 'data' | 'state';

/**
 * A request the coordinator can run. `T` is the response type; it only exists for the compiler,
 * so a component that declares `api.rows(...)` gets `RowPage` back without casts.
 */
export interface Req<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** What invalidates a cached answer; reads only. */
  topics?: Topic[];
  /** How to read the answer: JSON (the default), text, or bytes (instance files). Bytes are never cached. */
  as?: 'json' | 'text' | 'bytes';
  /** Phantom field carrying the response type. */
  readonly __response?: T;
}

/** JSON with sorted object keys, so two equal requests built in different orders share one key. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** The identity of a request for de-duplication and caching. */
export function requestKey(req: Req<unknown>): string {
  return `${req.method} ${req.path} ${stableStringify(req.body)}${req.as && req.as !== 'json' ? ` as ${req.as}` : ''}`;
}
