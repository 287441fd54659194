import { describe, expect, it } from 'vitest';
import { decodePages, emptyPages, encodePages, pageFromPath, pagePath, type PagesState } from './pages';
import { emptyState } from './explore-state';
import { encodeState } from './url';

const full: PagesState = {
  page: 'comparison',
  analysis: { report: 'r_3', folder: 'by group', sort: 'model:nb-400', descending: true },
  comparison: { modelB: 'nb-100', feature: 'spam_probability', sort: 'difference', descending: true, onlyDifferent: true, page: 2 },
};

describe('pages in the URL', () => {
  it('reads the page from the path, under any base path', () => {
    expect(pageFromPath('/')).toEqual({ page: 'exploration', base: '/' });
    expect(pageFromPath('/analysis')).toEqual({ page: 'analysis', base: '/' });
    expect(pageFromPath('/comparison/')).toEqual({ page: 'comparison', base: '/' });
    expect(pageFromPath('/proxy/8231/analysis')).toEqual({ page: 'analysis', base: '/proxy/8231/' });
    expect(pageFromPath('/proxy/8231/')).toEqual({ page: 'exploration', base: '/proxy/8231/' });
    expect(pagePath('/proxy/', 'analysis')).toBe('/proxy/analysis');
    expect(pagePath('/', 'exploration')).toBe('/');
  });

  it('round-trips the Analysis and Comparison state through a query string', () => {
    const params = encodePages(full, new URLSearchParams());
    expect(decodePages('/comparison', new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('leaves defaults out, so the plain pages have plain URLs', () => {
    expect(encodePages(emptyPages(), new URLSearchParams()).toString()).toBe('');
    expect(decodePages('/', new URLSearchParams())).toEqual(emptyPages());
  });

  it('shares the query string with the Exploration state without clashing', () => {
    const explore = { ...emptyState(), model: 'nb-3000', page: 4, sort: 'word_count', descending: true };
    const params = encodePages(full, encodeState(explore));
    expect(decodePages('/comparison', params)).toEqual(full);
    expect(params.get('page')).toBe('5');
    expect(params.get('cpage')).toBe('3');
  });

  it('skips what it cannot read in a hand-edited link', () => {
    const state = decodePages('/elsewhere', new URLSearchParams('cpage=-1&adesc=1&cdesc=1'));
    expect(state).toEqual(emptyPages());
  });
});
