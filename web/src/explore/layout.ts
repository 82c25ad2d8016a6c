// The frame every explore view shares: tabs that keep the query, the filter bar,
// how many events match, export links for the query, and the view itself. A
// refused parameter shows beside its control and the rest of the page works.
import '../explore.css';
import { ApiError } from '../api.js';
import { el, message, mount } from '../dom.js';
import type { Route } from '../route.js';
import { exploreApi, EXPORTS, exportHref, type Explore } from './explore-api.js';
import { filterBar, type FieldError } from './filter-bar.js';
import { FILTER_KEYS, readFilter, viewHref, VIEWS, type Filter, type FilterKey, type ViewPath } from './filter.js';

export type ExploreBody = (slot: HTMLElement, f: Filter, summary: Explore, signal: AbortSignal) => Promise<void> | void;

/** The parameter and the plain reason of an API error: "query.from: a request parameter is invalid: ..." */
export function fieldError(err: unknown): FieldError | null {
  if (!(err instanceof ApiError) || err.code !== 'E_BAD_PARAM') return null;
  const m = /^(?:query\.)?([A-Za-z]+)[^:]*: [^:]+: (.*)$/s.exec(err.message);
  const field = m?.[1] as FilterKey | undefined;
  if (!field || !FILTER_KEYS.includes(field)) return null;
  return { field, message: m![2].replace(/^Invalid option: expected one of .*/, 'not one of the values Casefile knows') };
}

export function exploreView(view: ViewPath, title: string, body: ExploreBody) {
  return async (main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> => {
    const f = readFilter(route);
    const tabs = el('nav', { class: 'view-tabs', 'aria-label': 'Views of the query' },
      ...VIEWS.map((v) => el('a', { href: viewHref(v.path, f), 'aria-current': v.path === view ? 'page' : undefined }, v.label)));
    const slot = el('section', { class: 'view-body', 'aria-live': 'polite', 'aria-busy': 'true' }, message('Loading…'));
    const side = el('div', { class: 'explore-side' }, filterBar(f, null, null));
    const status = el('p', { class: 'match-count' });
    mount(main, el('h1', {}, title), tabs, el('div', { class: 'explore' }, side, el('div', { class: 'explore-main' }, status, slot)));

    let summary: Explore;
    try {
      summary = await exploreApi.summary(f, signal);
    } catch (err) {
      const field = fieldError(err);
      if (!field) throw err;
      mount(side, filterBar(f, null, field));
      slot.setAttribute('aria-busy', 'false');
      mount(slot, message(`Nothing is shown until the ${field.field === 'q' ? 'search words' : field.field} filter is fixed (see beside it).`, 'error'));
      return;
    }
    mount(side, filterBar(f, summary.facets, null));
    mount(status, `${summary.total} event${summary.total === 1 ? '' : 's'} match · Export: `,
      ...EXPORTS.flatMap((x, i) => [i ? ' · ' : '', el('a', { href: exportHref(x.format, f), download: '', 'data-export': x.format }, x.label)]));
    slot.setAttribute('aria-busy', 'false');
    mount(slot);
    await body(slot, f, summary, signal);
  };
}
