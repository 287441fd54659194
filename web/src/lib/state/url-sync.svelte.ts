import { decodeState, encodeState } from './url';
import { decodePages, encodePages, pageFromPath, pagePath, type PageName } from './pages';
import type { Explore } from './explore.svelte';
import type { Pages } from './pages.svelte';

// Brushing changes the state many times a second; one history entry per pause is what "back" should undo.
const SETTLE_MS = 350;

/**
 * Keeps the URL and the state in step: reads the state (the page from the path, the rest from the query string)
 * at start and on back/forward (then calls `onread`, so the page can check the link against the project), and
 * pushes a history entry after each settled change. Switching pages is pushed at once: it is a click, not a drag.
 * Returns the clean-up.
 */
export function syncWithUrl(explore: Explore, onread: () => void = () => {}, pages?: Pages): () => void {
  let written = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const base = pageFromPath(location.pathname).base;
  let shownPage = pages?.page;

  const urlOf = (): string => {
    const params = encodeState(explore.snapshot());
    if (pages) encodePages(pages.snapshot(), params);
    const query = params.toString();
    const path = pages ? pagePath(base, pages.page) : location.pathname;
    return `${path}${query ? `?${query}` : ''}`;
  };
  const current = () => `${location.pathname}${location.search}`;

  // The URL already describes this state: only rewrite it into canonical form, adding no entry.
  const readUrl = () => {
    clearTimeout(timer);
    const params = new URLSearchParams(location.search);
    explore.apply(decodeState(params));
    pages?.apply(decodePages(location.pathname, params));
    shownPage = pages?.page;
    written = urlOf();
    if (written !== current()) history.replaceState(history.state, '', `${written}${location.hash}`);
    onread();
  };
  readUrl();
  window.addEventListener('popstate', readUrl);

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const url = urlOf();
      clearTimeout(timer);
      if (url === written) return;
      const push = () => {
        written = url;
        history.pushState(null, '', url);
      };
      if (pages && pages.page !== shownPage) {
        shownPage = pages.page;
        push();
      } else timer = setTimeout(push, SETTLE_MS);
    });
  });

  return () => {
    clearTimeout(timer);
    window.removeEventListener('popstate', readUrl);
    stopEffect();
  };
}

/** The link to another page with the current state, for the header's tabs (open in a new tab, copy the link). */
export function pageHref(explore: Explore, pages: Pages, page: PageName): string {
  const params = encodePages({ ...pages.snapshot(), page }, encodeState(explore.snapshot()));
  const query = params.toString();
  return `${pagePath(pageFromPath(location.pathname).base, page)}${query ? `?${query}` : ''}`;
}
