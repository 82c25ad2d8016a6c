// The audit entries of one report or incident, newest first, loaded when opened.
import { get } from '../api.js';
import { el, message, mount } from '../dom.js';
import type { AuditEntry, Page } from '../types.js';

export const describeEntry = (e: AuditEntry) => {
  const after = e.after as { item?: string; review?: string } | null;
  return [e.action, after?.item, after?.review].filter(Boolean).join(' · ');
};

export function historySection(path: string): HTMLElement {
  const body = el('div', {}, message('Loading…'));
  const box = el('details', { class: 'history' }, el('summary', {}, 'History'), body);
  let loaded = false;
  box.addEventListener('toggle', () => {
    if (!box.open || loaded) return;
    loaded = true;
    get<Page<AuditEntry>>(path, { limit: 100 }).then((page) => mount(body, page.items.length === 0 ? message('No changes recorded.')
      : el('ol', { class: 'history-list' }, ...page.items.map((e) => el('li', {}, el('time', { datetime: e.at }, e.at.slice(0, 16).replace('T', ' ')), ` ${e.actor}: ${describeEntry(e)}`)))),
    () => mount(body, message('The history could not be loaded.', 'error')));
  });
  return box;
}
