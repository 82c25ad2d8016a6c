// All events in a table, filtered by type, place, actor, date range and text.
// The filters live in the address, so a filtered view can be bookmarked.
import { api } from '../api.js';
import { el, message, mount } from '../dom.js';
import { href, type Route } from '../route.js';
import { eventTable } from './event-rows.js';
import { orderNote, pager } from './pager.js';
import { readable } from '../labels.js';

const PAGE = 50;
const FILTERS = ['type', 'place', 'actor', 'from', 'to', 'q'] as const;

const loadChoices = () =>
  Promise.all([api.vocabulary(), api.places(), api.actors()])
    .then(([vocabulary, places, actors]) => ({ vocabulary, places: places.items, actors: actors.items }));

function select(name: string, label: string, options: { value: string; label: string }[], current: string): HTMLElement {
  return el('div', { class: 'filter' },
    el('label', { for: `f-${name}` }, label),
    el('select', { id: `f-${name}`, name },
      el('option', { value: '' }, 'any'),
      ...options.map((o) => el('option', { value: o.value, selected: o.value === current }, o.label))));
}

function input(name: string, label: string, type: string, current: string): HTMLElement {
  return el('div', { class: 'filter' },
    el('label', { for: `f-${name}` }, label),
    el('input', { id: `f-${name}`, name, type, value: current }));
}

export async function eventsTable(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const current = Object.fromEntries(FILTERS.map((f) => [f, route.query.get(f) ?? '']));
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  mount(main, el('h1', {}, 'Events'), message('Loading…'));
  const [{ vocabulary, places, actors }, page] = await Promise.all([
    loadChoices(),
    api.events({ ...current, limit: PAGE, offset }, signal),
  ]);

  const form = el('form', { class: 'filters', 'aria-label': 'Filter events' },
    select('type', 'Type', vocabulary.eventTypes.map((t) => ({ value: t, label: readable(t) })), current.type),
    select('place', 'Place', places.map((p) => ({ value: p.id, label: `${p.name} (${p.reports})` })), current.place),
    select('actor', 'Actor', actors.map((a) => ({ value: a.id, label: `${a.name} (${a.reports})` })), current.actor),
    input('from', 'From', 'date', current.from),
    input('to', 'To', 'date', current.to),
    input('q', 'Text', 'search', current.q),
    el('div', { class: 'filter actions' },
      el('button', { type: 'submit' }, 'Filter'),
      el('a', { href: '#/events' }, 'Clear')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    location.hash = href(['events'], Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '').trim()])));
  });

  const table = eventTable(page.items, 'No event matches these filters.');

  mount(main, el('h1', {}, 'Events'), form, orderNote(page.order), table,
    pager(page.total, PAGE, offset, (o) => href(['events'], { ...current, offset: o || undefined }), page.totalCapped));
}
