import { describe, expect, it, vi } from 'vitest';
import { Coordinator, type EventStream, type FetchLike } from './coordinator';
import { ApiError, isAbort } from './problem';
import type { Req } from './request';

/** A fetch whose answers the test releases by hand, recording every call and abort. */
function fakeFetch() {
  const calls: { url: string; body: string | undefined; signal: AbortSignal | undefined; resolve: (r: Response) => void }[] = [];
  const fetch: FetchLike = (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const call = { url, body: init.body as string | undefined, signal: init.signal ?? undefined, resolve };
      calls.push(call);
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { fetch, calls };
}

const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
const histograms = (filter: string): Req<{ n: number }> => ({ method: 'POST', path: '/api/histograms', body: { where: { filter } }, topics: ['data'] });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Coordinator', () => {
  it('shares one fetch between identical requests in flight', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const a = c.query(histograms('x > 1'));
    const b = c.query({ ...histograms('x > 1'), body: { where: { filter: 'x > 1' } } });
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(json({ n: 1 }));
    expect(await a).toEqual({ n: 1 });
    expect(await b).toEqual({ n: 1 });
  });

  it('treats bodies with the same content in another key order as the same request', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    void c.query({ method: 'POST', path: '/api/rows', body: { limit: 30, offset: 0 } });
    void c.query({ method: 'POST', path: '/api/rows', body: { offset: 0, limit: 30 } });
    expect(calls).toHaveLength(1);
  });

  it('answers a repeated request from the cache without fetching', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const first = c.query(histograms('a'));
    calls[0]!.resolve(json({ n: 2 }));
    await first;
    expect(await c.query(histograms('a'))).toEqual({ n: 2 });
    expect(calls).toHaveLength(1);
  });

  it('cancels the fetch when its only caller no longer needs it', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const stale = new AbortController();
    const result = c.query(histograms('old'), stale.signal);
    stale.abort();
    await expect(result).rejects.toSatisfy(isAbort);
    expect(calls[0]!.signal?.aborted).toBe(true);
    expect(c.pending).toBe(0);
  });

  it('keeps a shared fetch running while another caller still waits for it', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const leaving = new AbortController();
    const gone = c.query(histograms('shared'), leaving.signal);
    const staying = c.query(histograms('shared'));
    leaving.abort();
    await expect(gone).rejects.toSatisfy(isAbort);
    expect(calls[0]!.signal?.aborted).toBe(false);
    calls[0]!.resolve(json({ n: 3 }));
    expect(await staying).toEqual({ n: 3 });
  });

  it('lets a newer request replace a stale one: the stale one is aborted, the new one answers', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const first = new AbortController();
    const old = c.query(histograms('x < 10'), first.signal);
    // What a component's effect does when its inputs change: abort, then ask again.
    first.abort();
    const fresh = c.query(histograms('x < 20'), new AbortController().signal);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal?.aborted).toBe(true);
    calls[1]!.resolve(json({ n: 20 }));
    await expect(old).rejects.toSatisfy(isAbort);
    expect(await fresh).toEqual({ n: 20 });
  });

  it('does not cache an answer that was computed before its topic was invalidated', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const before = c.query(histograms('a'));
    c.invalidate('data');
    calls[0]!.resolve(json({ n: 1 }));
    await before;
    void c.query(histograms('a'));
    expect(calls).toHaveLength(2);
  });

  it('invalidates only the topic a write touches and tells the listeners', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const topics: string[] = [];
    c.onInvalidate((t) => topics.push(t));
    const data = c.query(histograms('a'));
    const slices = c.query<unknown[]>({ method: 'GET', path: '/api/slices', topics: ['state'] });
    calls[0]!.resolve(json({ n: 1 }));
    calls[1]!.resolve(json([]));
    await Promise.all([data, slices]);

    const write = c.send({ method: 'POST', path: '/api/slices', body: { name: 's' } });
    await tick();
    calls[2]!.resolve(json({ id: 's_1' }));
    await write;
    expect(topics).toEqual(['state']);
    void c.query(histograms('a'));
    void c.query({ method: 'GET', path: '/api/slices', topics: ['state'] });
    expect(calls.map((x) => x.url)).toEqual(['/api/histograms', '/api/slices', '/api/slices', '/api/slices']);
  });

  it('turns a problem-details response into an ApiError with the title and detail', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const result = c.query(histograms('grop == 1'));
    calls[0]!.resolve(json({ title: 'Unknown column', status: 400, detail: "unknown column 'grop'; did you mean 'group'?" }, 400));
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe("Unknown column: unknown column 'grop'; did you mean 'group'?");
  });

  it('reports an unreachable server in plain words', async () => {
    const c = new Coordinator(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await c.query(histograms('a')).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(0);
    expect((error as ApiError).message).toMatch(/did not answer/);
  });

  it('parses server-sent events and reopens a stream the browser gave up on', () => {
    vi.useFakeTimers();
    const streams: (EventStream & { emit(type: string, data?: string): void; readyState: number; closed: boolean })[] = [];
    const open = () => {
      const listeners = new Map<string, ((e: MessageEvent) => void)[]>();
      const stream = {
        readyState: 1,
        closed: false,
        addEventListener: (type: string, l: (e: MessageEvent) => void) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
        close() {
          this.closed = true;
        },
        emit: (type: string, data?: string) => listeners.get(type)?.forEach((l) => l({ data } as MessageEvent)),
      };
      streams.push(stream);
      return stream;
    };
    const seen: unknown[] = [];
    const c = new Coordinator(() => Promise.reject(new Error('unused')), open);
    const close = c.subscribe('/api/progress/stream', 'progress', (d) => seen.push(d));
    streams[0]!.emit('progress', '{"state":"running"}');
    streams[0]!.emit('progress', 'not json');
    expect(seen).toEqual([{ state: 'running' }]);
    streams[0]!.readyState = 2;
    streams[0]!.emit('error');
    vi.advanceTimersByTime(5000);
    expect(streams).toHaveLength(2);
    close();
    expect(streams[1]!.closed).toBe(true);
    vi.useRealTimers();
  });

  it('reads instance files as text or bytes, and keeps text but not bytes in its cache', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    const text = c.query<string>({ method: 'GET', path: '/api/files/data/a.csv', topics: ['data'], as: 'text' });
    calls[0]!.resolve(new Response('t,value\n0,1\n'));
    expect(await text).toBe('t,value\n0,1\n');
    await c.query<string>({ method: 'GET', path: '/api/files/data/a.csv', topics: ['data'], as: 'text' });
    expect(calls).toHaveLength(1);

    const bytes = c.query<ArrayBuffer>({ method: 'GET', path: '/api/files/data/a.wav', topics: ['data'], as: 'bytes' });
    calls[1]!.resolve(new Response(new Uint8Array([82, 73, 70, 70])));
    expect(new Uint8Array(await bytes)).toEqual(new Uint8Array([82, 73, 70, 70]));
    void c.query<ArrayBuffer>({ method: 'GET', path: '/api/files/data/a.wav', topics: ['data'], as: 'bytes' });
    expect(calls).toHaveLength(3);
  });

  it('keeps a file read as text apart from the same path read as JSON', async () => {
    const { fetch, calls } = fakeFetch();
    const c = new Coordinator(fetch);
    void c.query({ method: 'GET', path: '/api/files/data/a.json', as: 'text' });
    void c.query({ method: 'GET', path: '/api/files/data/a.json' });
    expect(calls).toHaveLength(2);
  });
});
