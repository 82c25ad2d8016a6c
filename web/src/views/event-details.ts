// The details of one event: what happened, on what evidence, to and by whom,
// where, when and on whose word.
import { el } from '../dom.js';
import type { Event, ReportView } from '../types.js';
import { actorKeyOf, actorLink, placeLink, sourceLink } from './entity-links.js';
import { readable } from '../labels.js';

const field = (name: string, label: string, ...value: (Node | string | null)[]) => [
  el('dt', {}, label),
  el('dd', { 'data-field': name }, ...value),
];

const list = (items: (Node | string)[]) =>
  items.length === 0 ? el('span', { class: 'none' }, 'none stated') : el('ul', {}, ...items.map((i) => el('li', {}, i)));

export function eventDetails(event: Event, { report, extraction }: ReportView): HTMLElement {
  const actors = new Map(extraction.actors.map((a) => [a.id, a]));
  const sources = new Map(extraction.sources.map((s) => [s.id, s]));
  const actorOf = (id: string) => {
    const a = actors.get(id);
    return a ? actorLink(actorKeyOf(a), a.name) : id;
  };
  const date = event.date.value
    ? [event.date.value, el('span', { class: 'precision' }, ` (${event.date.precision})`)]
    : ['unknown'];
  return el('section', { class: 'details', 'aria-labelledby': 'details-title' },
    el('h2', { id: 'details-title' },
      el('span', { 'data-field': 'type' }, readable(event.type)), ' ',
      el('span', { class: `modality modality-${event.modality}`, 'data-field': 'modality' }, event.modality)),
    el('dl', {},
      ...field('evidence', 'Evidence', el('blockquote', {}, report.text.slice(event.evidence.start, event.evidence.end))),
      ...field('date', 'Date', ...date),
      ...field('places', 'Places', list(event.places.map((p) => placeLink(p.id, p.name)))),
      ...field('actors', 'Actors', list(event.participants.map((p) =>
        el('span', {}, actorOf(p.actorId), ' ', el('span', { class: `role role-${p.role}` }, p.role))))),
      ...(event.count !== null ? field('count', 'People', String(event.count)) : []),
      ...field('sources', 'Sources', list(event.sources.map((id) => {
        const s = sources.get(id);
        if (!s) return id;
        const where = [readable(s.kind), s.location].filter(Boolean).join(', ');
        return el('span', {}, sourceLink(report.id, s.id, s.descriptor ?? 'descriptor withheld'), el('span', { class: 'meta' }, ` — ${where}`));
      })))));
}
