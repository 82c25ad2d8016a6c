// Incidents, sortable by corroboration, date, latest report or number of reports,
// filtered by type and by how many reports cover them; analysts merge the ones
// they tick into the first.
import '../incidents.css';
import { api, ApiError } from '../api.js';
import { el, message, mount } from '../dom.js';
import { incidentApi } from '../incident-api.js';
import { href, type Route } from '../route.js';
import { pager } from './pager.js';
import { readable } from '../labels.js';

const PAGE = 50;
const SORTS = [['corroboration', 'Corroboration'], ['date', 'Date of the incident'], ['seen', 'Latest report'], ['reports', 'Number of reports']] as const;

const select = (name: string, label: string, value: string, options: readonly (readonly [string, string])[]) => {
  const s = el('select', { id: `inc-${name}`, name }, ...options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
  return el('label', { for: `inc-${name}` }, `${label} `, s);
};

export async function incidentList(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const q = Object.fromEntries(route.query);
  const sort = q.sort ?? 'corroboration';
  const order = q.order ?? 'desc';
  const offset = Number(q.offset ?? 0) || 0;
  // the event types come from the API's vocabulary: one list, named as everywhere (ARREST)
  const { eventTypes } = await api.vocabulary();
  const form = el('form', { class: 'filters incident-filters' },
    select('sort', 'Sort by', sort, SORTS),
    select('order', 'Order', order, [['desc', 'highest / latest first'], ['asc', 'lowest / earliest first']]),
    select('type', 'Type', q.type ?? '', [['', 'any'], ...eventTypes.map((t) => [t, readable(t)] as const)]),
    select('minReports', 'Reports', q.minReports ?? '', [['', 'any number'], ['2', 'two or more'], ['3', 'three or more']]),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    location.hash = href(['incidents'], data);
  });
  const results = el('section', { 'aria-live': 'polite', 'aria-busy': 'true' }, message('Loading…'));
  mount(main, el('h1', {}, 'Incidents'), form, results);

  const page = await incidentApi.list({ sort, order, type: q.type, minReports: q.minReports, limit: PAGE, offset }, signal);
  results.setAttribute('aria-busy', 'false');
  if (page.items.length === 0) {
    mount(results, message('No incidents yet. Link reports with `casefile link --data DATA_DIR PATH...`.'));
    return;
  }
  const boxes = page.items.map((i) => el('input', { type: 'checkbox', value: i.id, 'aria-label': `select ${i.title}` }));
  const status = el('div', { 'aria-live': 'polite' });
  const merge = el('button', { type: 'button' }, 'Merge the selected incidents');
  merge.addEventListener('click', () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (ids.length < 2) return mount(status, message('Tick at least two incidents to merge.', 'error'));
    incidentApi.merge(ids).then(({ id }) => { location.hash = href(['incidents', id]); },
      (err) => mount(status, message(err instanceof ApiError ? err.message : 'The merge failed.', 'error')));
  });
  mount(results,
    el('div', { class: 'table-wrap' }, el('table', { class: 'events incidents' },
      el('thead', {}, el('tr', {}, ...['', 'Incident', 'When', 'Where', 'Independent outlets', 'Reports', 'Last report'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...page.items.map((i, n) => el('tr', {},
        el('td', {}, boxes[n]),
        el('td', {}, el('a', { href: href(['incidents', i.id]) }, i.title)),
        el('td', {}, i.dateFrom === i.dateTo ? i.dateFrom ?? '—' : `${i.dateFrom} – ${i.dateTo}`),
        el('td', {}, i.placeName ?? '—'),
        el('td', { class: 'num' }, String(i.corroboration)),
        el('td', { class: 'num' }, String(i.reports)),
        el('td', {}, i.lastSeen ?? '—')))))),
    el('div', { class: 'merge' }, merge, status),
    pager(page.total, PAGE, offset, (o) => href(['incidents'], { ...q, offset: o || undefined })));
}
