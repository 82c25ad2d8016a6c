// What is left to check: reports with the share of their items reviewed, least
// reviewed and most linked first.
import '../review.css';
import { get } from '../api.js';
import { el, message, mount } from '../dom.js';
import { href, type Route } from '../route.js';
import type { Page, QueueRow } from '../types.js';
import { pager } from './pager.js';

export async function reviewQueue(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  mount(main, message('Loading the review queue…'));
  const page = await get<Page<QueueRow>>('/api/review/queue', { offset, limit: 50 }, signal);
  mount(main, el('section', {},
    el('h1', {}, 'Review queue'),
    el('p', { class: 'meta' }, 'Least reviewed first, then the reports most linked to others. Open one and press ? for the review keys.'),
    page.items.length === 0 ? message('No reports stored yet.') : el('table', { class: 'queue' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Report'), el('th', {}, 'Checked'), el('th', {}, 'Linked incidents'))),
      el('tbody', {}, ...page.items.map((r) => el('tr', {},
        el('td', {}, el('a', { href: href(['reports', r.id], { review: 1 }) }, r.title), el('div', { class: 'meta' }, [r.outlet, r.published].filter(Boolean).join(' · '))),
        el('td', {}, `${r.checked} of ${r.items}`),
        el('td', {}, String(r.linked)))))),
    pager(page.total, page.limit, page.offset, (o) => href(['review'], { offset: o }))));
}
