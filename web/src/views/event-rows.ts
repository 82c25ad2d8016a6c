// A table of events: date with its precision, type, places, actors, evidence and
// a link to the words in the report, and whether a person checked it (where the
// rows carry their review state). Shared by the events list and explore.
import { el, message } from '../dom.js';
import { href } from '../route.js';
import type { EventRow } from '../types.js';
import { actorLink, joined, placeLink } from './entity-links.js';
import { readable } from '../labels.js';

/** rows may carry their actors' keys (explore), so actor names open the actor's page */
export function eventTable(items: (EventRow & { actors?: { key: string; name: string }[] })[], empty: string): HTMLElement {
  if (items.length === 0) return message(empty);
  const checked = items.some((e) => e.review !== undefined);
  return el('div', { class: 'table-wrap' }, el('table', { class: 'events' },
    el('caption', { class: 'visually-hidden' }, 'Events'),
    el('thead', {}, el('tr', {}, ...['Date', 'Type', 'Modality', 'Places', 'Actors', 'People', 'Evidence', 'Report', ...(checked ? ['Checked'] : [])].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...items.map((e) => el('tr', {},
      el('td', { class: 'nowrap' }, e.date.value ?? '—', e.date.value ? el('span', { class: 'precision' }, ` ${e.date.precision}`) : null),
      el('td', {}, el('span', { class: `type type-${e.type}` }, readable(e.type))),
      el('td', {}, e.modality),
      el('td', {}, ...joined(e.places.map((p) => placeLink(p.id, p.name)))),
      el('td', {}, ...(e.actors ? joined(e.actors.map((a) => actorLink(a.key, a.name))) : [e.actorNames.join(', ')])),
      el('td', {}, e.count === null ? '' : String(e.count)),
      el('td', { class: 'evidence' }, e.evidenceText),
      el('td', {}, el('a', { href: href(['reports', e.reportId], { event: e.id }) }, e.reportTitle)),
      checked ? el('td', { class: `review-${e.review ?? 'proposed'}` }, !e.review || e.review === 'proposed' ? 'machine-only' : e.review) : null)))));
}
