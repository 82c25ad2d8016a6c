// The report list: full-text search over reports, snippets shown as plain text.
import { api } from '../api.js';
import { el, message, mount } from '../dom.js';
import { href, type Route } from '../route.js';
import { orderNote, pager } from './pager.js';

const PAGE = 20;

export async function reportList(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const q = route.query.get('q') ?? '';
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const input = el('input', { type: 'search', id: 'report-q', name: 'q', value: q, placeholder: 'e.g. task force Shenyang', autocomplete: 'off' });
  const form = el('form', { role: 'search', class: 'search' },
    el('label', { for: 'report-q' }, 'Search reports'),
    el('div', { class: 'row' }, input, el('button', { type: 'submit' }, 'Search')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href(['reports'], { q: input.value.trim() });
  });
  const results = el('section', { 'aria-live': 'polite', 'aria-busy': 'true' }, message('Loading…'));
  mount(main, el('h1', {}, q ? `Reports matching “${q}”` : 'Reports'), form, results);

  const page = await api.searchReports({ q: q || undefined, limit: PAGE, offset }, signal);
  results.setAttribute('aria-busy', 'false');
  if (page.items.length === 0) {
    mount(results, message(q ? 'No report matches this search.' : 'No reports yet. Ingest some with `casefile ingest PATH`.'));
    return;
  }
  mount(results,
    orderNote(page.order),
    el('ol', { class: 'report-list' }, ...page.items.map((hit) =>
      el('li', {},
        el('a', { class: 'title', href: href(['reports', hit.id]) }, hit.title),
        el('p', { class: 'meta' }, [hit.outlet, hit.published].filter(Boolean).join(' · ')),
        hit.snippet ? el('p', { class: 'snippet' }, hit.snippet) : null))),
    pager(page.total, PAGE, offset, (o) => href(['reports'], { q, offset: o || undefined }), page.totalCapped));
}
