import { coordinator } from './client';
import { ApiError, isAbort } from './problem';
import type { Req, Topic } from './request';

// Bumped when the coordinator invalidates a topic; queries read them so they run again.
const revisions = $state<Record<Topic, number>>({ data: 0, state: 0 });
coordinator.onInvalidate((topic) => revisions[topic]++);

/** How often a topic was invalidated; reactive, for things the coordinator does not fetch (an image's URL). */
export function topicRevision(topic: Topic): number {
  return revisions[topic];
}

/** The latest answer of a declared request, kept while a newer one loads so nothing flickers. */
export class Query<T> {
  data = $state.raw<T | undefined>(undefined);
  /** The request `data` answers, to tell a fresh answer from one that is still being replaced. */
  answered = $state.raw<Req<T> | undefined>(undefined);
  error = $state.raw<ApiError | undefined>(undefined);
  loading = $state(false);
}

/**
 * Declares a request from reactive state: it runs when its inputs change, the previous one is
 * cancelled (the effect's clean-up aborts its signal), and the result lands in the returned object.
 * Returning null means "nothing to ask yet". Must be called during component initialisation.
 */
export function useQuery<T>(declare: () => Req<T> | null): Query<T> {
  const query = new Query<T>();
  $effect(() => {
    const req = declare();
    if (!req) {
      query.data = undefined;
      query.answered = undefined;
      query.loading = false;
      return;
    }
    for (const topic of req.topics ?? []) void revisions[topic];
    const controller = new AbortController();
    query.loading = true;
    coordinator.query(req, controller.signal).then(
      (data) => {
        query.data = data;
        query.answered = req;
        query.error = undefined;
        query.loading = false;
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        query.error = error instanceof ApiError ? error : new ApiError(0, { detail: String(error) });
        query.loading = false;
      },
    );
    return () => controller.abort();
  });
  return query;
}
