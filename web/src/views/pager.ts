import { el } from '../dom.js';

/** Previous/next links for a page of results, with the range shown; a capped total reads "10,000+". */
export function pager(total: number, limit: number, offset: number, link: (offset: number) => string, capped = false): HTMLElement {
  const last = Math.min(offset + limit, total);
  const of = capped ? `${total.toLocaleString('en')}+` : String(total);
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' },
    el('span', {}, total === 0 ? 'No results' : `${offset + 1}–${last} of ${of}`));
  if (offset > 0) nav.prepend(el('a', { href: link(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous'));
  if (last < total) nav.append(el('a', { href: link(offset + limit), rel: 'next' }, 'Next →'));
  return nav;
}

/** The note over a search's results listed newest first because they are too many to rank. */
export const orderNote = (order: 'newest' | undefined): HTMLElement | null =>
  order === 'newest' ? el('p', { class: 'meta' }, 'Too many matches to rank by relevance: newest first. Add words to narrow the search.') : null;
