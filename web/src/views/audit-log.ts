// The audit log for admins: every change and every read of source descriptors,
// newest first, filtered by user, report and action.
import '../review.css';
import { get } from '../api.js';
import { el, message, mount } from '../dom.js';
import { href, type Route } from '../route.js';
import type { AuditEntry, Page } from '../types.js';
import { describeEntry } from './history.js';
import { pager } from './pager.js';

const FILTERS = [['user', 'User'], ['reportId', 'Report id'], ['action', 'Action']] as const;

export async function auditLog(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const filter = Object.fromEntries(FILTERS.map(([k]) => [k, route.query.get(k) ?? undefined]));
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  mount(main, message('Loading the audit log…'));
  const page = await get<Page<AuditEntry>>('/api/audit', { ...filter, offset, limit: 100 }, signal);
  const inputs = FILTERS.map(([k, label]) => [k, el('input', { id: `audit-${k}`, name: k, value: filter[k] ?? '' })] as const);
  const form = el('form', { class: 'filters' }, ...inputs.flatMap(([k, input]) => [el('label', { for: `audit-${k}` }, FILTERS.find((f) => f[0] === k)![1]), input]),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href(['audit'], Object.fromEntries(inputs.map(([k, input]) => [k, input.value.trim() || undefined])));
  });
  mount(main, el('section', {},
    el('h1', {}, 'Audit log'),
    el('p', { class: 'meta' }, 'Hash-chained: `casefile audit verify` finds an altered or deleted entry.'),
    form,
    page.items.length === 0 ? message('No entries match.') : el('table', { class: 'audit' },
      el('thead', {}, el('tr', {}, ...['When', 'Who', 'What', 'Report', 'Incident'].map((h) => el('th', {}, h)))),
      el('tbody', {}, ...page.items.map((e) => el('tr', {},
        el('td', {}, el('time', { datetime: e.at }, e.at.slice(0, 19).replace('T', ' '))),
        el('td', {}, el('a', { href: href(['audit'], { user: e.actor }) }, e.actor)),
        el('td', {}, describeEntry(e)),
        el('td', {}, e.reportId ? el('a', { href: href(['reports', e.reportId]) }, e.reportId.slice(0, 10)) : ''),
        el('td', {}, e.incidentId ? el('a', { href: href(['incidents', e.incidentId]) }, e.incidentId) : ''))))),
    pager(page.total, page.limit, page.offset, (o) => href(['audit'], { ...filter, offset: o }))));
}
