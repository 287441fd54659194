import { decodeState, encodeState } from './url';
import type { Explore } from './explore.svelte';

// Brushing changes the state many times a second; one history entry per pause is what "back" should undo.
const SETTLE_MS = 350;

function urlFor(query: string): string {
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/**
 * Keeps the URL and the state in step: reads the state from the URL at start and on back/forward
 * (then calls `onread`, so the page can check the link against the project), and pushes a history
 * entry after each settled change. Returns the clean-up.
 */
export function syncWithUrl(explore: Explore, onread: () => void = () => {}): () => void {
  let written = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The URL already describes this state: only rewrite it into canonical form, adding no entry.
  const readUrl = () => {
    clearTimeout(timer);
    explore.apply(decodeState(new URLSearchParams(location.search)));
    written = encodeState(explore.snapshot()).toString();
    if (`?${written}` !== location.search && (written || location.search)) history.replaceState(history.state, '', urlFor(written));
    onread();
  };
  readUrl();
  window.addEventListener('popstate', readUrl);

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const query = encodeState(explore.snapshot()).toString();
      clearTimeout(timer);
      if (query === written) return;
      timer = setTimeout(() => {
        written = query;
        history.pushState(null, '', urlFor(query));
      }, SETTLE_MS);
    });
  });

  return () => {
    clearTimeout(timer);
    window.removeEventListener('popstate', readUrl);
    stopEffect();
  };
}
