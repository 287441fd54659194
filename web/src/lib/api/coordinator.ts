import { ApiError, readProblem } from './problem';
import { requestKey, type Req, type Topic } from './request';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The part of EventSource the coordinator uses, so tests can stand in for it. */
export interface EventStream {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
  /** 2 (CLOSED) once the browser has given up on the stream. */
  readonly readyState: number;
}
export type OpenStream = (url: string) => EventStream;

// EventSource retries by itself after a dropped connection, but gives up for good on an error
// response (a 502 from a proxy while `zeno serve` starts); then we open a new one after a pause.
const REOPEN_MS = 3000;

interface InFlight {
  topics: Topic[];
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

interface Cached {
  value: unknown;
  topics: Topic[];
}

/**
 * Owns every request the UI makes (Mosaic's coordinator, for an HTTP API):
 * - identical reads in flight at once share one fetch (de-duplication);
 * - a read nobody waits for any more is aborted (each caller passes a signal; the fetch is cancelled
 *   when the last caller's signal fires), so a stale histogram never overwrites a newer one;
 * - answers are cached (LRU) until their topic is invalidated: `data` when the pipeline commits
 *   columns, `state` after a change to slices, folders or tags.
 * Components never call fetch; they declare requests and render what comes back.
 */
export class Coordinator {
  private readonly cache = new Map<string, Cached>();
  private readonly inflight = new Map<string, InFlight>();
  private readonly listeners = new Set<(topic: Topic) => void>();

  constructor(
    private readonly fetchFn: FetchLike,
    private readonly openStream: OpenStream = (url) => new EventSource(url),
    private readonly cacheSize = 300,
  ) {}

  /** Server-Sent Events of one type, parsed as JSON; returns the function that closes the stream. */
  subscribe<T>(path: string, type: string, onEvent: (data: T) => void): () => void {
    let stream: EventStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const open = () => {
      stream = this.openStream(path);
      stream.addEventListener(type, (event) => {
        try {
          onEvent(JSON.parse(event.data as string) as T);
        } catch {
          // A malformed event is skipped; the next one carries the whole state again.
        }
      });
      stream.addEventListener('error', () => {
        if (!closed && stream?.readyState === 2) timer = setTimeout(open, REOPEN_MS);
      });
    };
    open();
    return () => {
      closed = true;
      clearTimeout(timer);
      stream?.close();
    };
  }

  /** A read: from the cache, joined to an identical request in flight, or fetched. */
  query<T>(req: Req<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    const key = requestKey(req);
    const hit = this.cache.get(key);
    if (hit) {
      // Re-insert to keep the map in least-recently-used order.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return Promise.resolve(hit.value as T);
    }
    const entry = this.inflight.get(key) ?? this.start(key, req);
    return this.wait(key, entry, signal) as Promise<T>;
  }

  /** A write: never cached or shared; afterwards the topics it touches are invalidated. */
  async send<T>(req: Req<T>, invalidates: Topic[] = ['state']): Promise<T> {
    try {
      return (await this.run(req, undefined)) as T;
    } finally {
      // Even a failed write (409: changed by someone else) means our copy may be stale.
      for (const topic of invalidates) this.invalidate(topic);
    }
  }

  /** Drops cached answers of a topic and tells the listeners, whose queries then run again. */
  invalidate(topic: Topic): void {
    for (const [key, cached] of this.cache) if (cached.topics.includes(topic)) this.cache.delete(key);
    // Requests already running may answer with the old data: let them finish for their callers,
    // but do not let new callers join them.
    for (const [key, entry] of this.inflight) if (entry.topics.includes(topic)) this.inflight.delete(key);
    for (const listener of this.listeners) listener(topic);
  }

  /** Listens for invalidations; returns the function that stops listening. */
  onInvalidate(listener: (topic: Topic) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many fetches are running; for tests and a busy indicator. */
  get pending(): number {
    return this.inflight.size;
  }

  private start(key: string, req: Req<unknown>): InFlight {
    const controller = new AbortController();
    const topics = req.topics ?? ['data'];
    const entry: InFlight = { topics, promise: Promise.resolve(), controller, waiters: 0, settled: false };
    entry.promise = this.run(req, controller.signal).then(
      (value) => {
        entry.settled = true;
        // Only cache what is still current: invalidate() removed the entry if the data moved on. Bytes (audio,
        // large files) are left to the browser's HTTP cache rather than kept in memory here.
        if (this.inflight.get(key) === entry && req.as !== 'bytes') this.remember(key, value, topics);
        this.forget(key, entry);
        return value;
      },
      (error: unknown) => {
        entry.settled = true;
        this.forget(key, entry);
        throw error;
      },
    );
    this.inflight.set(key, entry);
    return entry;
  }

  private wait(key: string, entry: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    entry.waiters++;
    return new Promise((resolve, reject) => {
      let done = false;
      const onAbort = () => {
        if (done) return;
        done = true;
        entry.waiters--;
        if (entry.waiters === 0 && !entry.settled) {
          entry.controller.abort();
          this.forget(key, entry);
        }
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  private forget(key: string, entry: InFlight): void {
    if (this.inflight.get(key) === entry) this.inflight.delete(key);
  }

  private remember(key: string, value: unknown, topics: Topic[]): void {
    this.cache.set(key, { value, topics });
    while (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  private async run(req: Req<unknown>, signal: AbortSignal | undefined): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchFn(req.path, {
        method: req.method,
        headers: req.body === undefined ? { Accept: accept(req) } : { 'Content-Type': 'application/json', Accept: accept(req) },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal,
      });
    } catch {
      // fetch rejects only when the server cannot be reached, or when we cancelled it.
      if (signal?.aborted) throw abortError();
      throw new ApiError(0, {});
    }
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    if (response.status === 204) return undefined;
    if (req.as === 'bytes') return response.arrayBuffer();
    const text = await response.text();
    if (req.as === 'text') return text;
    return text ? JSON.parse(text) : undefined;
  }
}

// Instance files come with their own content type; a failure still answers with problem details (JSON).
function accept(req: Req<unknown>): string {
  return req.as === 'text' || req.as === 'bytes' ? '*/*' : 'application/json';
}

function abortError(): Error {
  const error = new Error('The request is no longer needed.');
  error.name = 'AbortError';
  return error;
}
