// One report: its text with every extracted item highlighted by kind, a list of
// its events and claims, and the details of the selected event.
import { api } from '../api.js';
import { speakerOf } from '../incident-claims.js';
import { el, message, mount } from '../dom.js';
import { markedText, type Labelled } from '../marked-text.js';
import { href, replaceRoute, type Route } from '../route.js';
import type { Event, ReportView } from '../types.js';
import { eventDetails } from './event-details.js';
import { reportLinks } from './report-links.js';
import { canReview } from '../session.js';
import { historySection } from './history.js';
import { reviewPanel } from './review-panel.js';
import { readable } from '../labels.js';

const KINDS = [
  { kind: 'event', label: 'Events' },
  { kind: 'actor', label: 'Actors' },
  { kind: 'place', label: 'Places' },
  { kind: 'source', label: 'Sources' },
  { kind: 'claim', label: 'Claims' },
] as const;

function highlights({ extraction }: ReportView): Labelled[] {
  const { events, actors, places, sources, claims } = extraction;
  const mentions = <T extends { id: string; mentions: { start: number; end: number }[] }>(kind: string, items: T[], label: (t: T) => string) =>
    items.flatMap((item) => item.mentions.map((m) => ({ ...m, kind, id: item.id, label: label(item), selectable: false })));
  // Of two equal spans the first given encloses the other: evidence goes first, as
  // it holds everything else; triggers last, so an event that is also an actor
  // mention ("inspection group") shows as an event.
  return [
    // page furniture (bylines, captions, navigation) holds no extracted item: shown greyed
    ...(extraction.furniture ?? []).map((f, i) => ({ start: f.start, end: f.end, kind: 'furniture', id: `furniture${i + 1}`, label: `page furniture (${f.kind}): not read as report text`, selectable: false })),
    ...events.map((e) => ({ ...e.evidence, kind: 'evidence', id: e.id, label: `evidence of ${readable(e.type)}`, selectable: false })),
    ...claims.map((c) => ({ ...c.content, kind: 'claim', id: c.id, label: `claim (${c.stance}${c.contestedWith.length ? ', contested' : ''})`, selectable: false })),
    ...mentions('actor', actors, (a) => `actor: ${a.name}`),
    ...mentions('place', places, (p) => `place: ${p.name} (${p.level})`),
    ...mentions('source', sources, (s) => `source: ${readable(s.kind)}`),
    ...events.map((e) => ({ ...e.trigger, kind: 'event', id: e.id, label: `${readable(e.type)} (${e.modality})`, selectable: true })),
  ];
}

function eventLabel(e: Event & { review?: string }): string {
  // every view says whether a person checked the item or it is the machine's alone
  const checked = !e.review || e.review === 'proposed' ? 'machine-only' : e.review;
  return [readable(e.type), e.modality, e.places.map((p) => p.name).join(', '), e.date.value, `(${checked})`].filter(Boolean).join(' · ');
}

export async function reportPage(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.path[1];
  mount(main, message('Loading report…'));
  const view = await api.report(id, signal);
  const { report, extraction } = view;

  const text = markedText(report.text, highlights(view));
  const details = el('div', { class: 'details-slot', 'aria-live': 'polite' },
    message(extraction.events.length ? 'Select an event in the text or the list to see its details.' : 'No events were found in this report.'));
  const eventButtons = new Map(extraction.events.map((e) => [e.id, el('button', {
    type: 'button', class: `event-item type-${e.type}`, 'data-event': e.id, 'aria-pressed': 'false',
  }, eventLabel(e))]));

  function select(eventId: string, from: 'text' | 'list' | 'route'): void {
    const event = extraction.events.find((e) => e.id === eventId);
    if (!event) return;
    for (const m of text.querySelectorAll('mark.selected')) m.classList.remove('selected');
    for (const m of text.querySelectorAll<HTMLElement>(`mark[data-id="${CSS.escape(eventId)}"]`)) {
      if (m.dataset.kind === 'event' || m.dataset.kind === 'evidence') m.classList.add('selected');
    }
    for (const [eid, b] of eventButtons) b.setAttribute('aria-pressed', String(eid === eventId));
    mount(details, eventDetails(event, view));
    replaceRoute(href(['reports', report.id], { event: eventId }));
    if (from !== 'text') text.querySelector(`mark.hl-event[data-id="${CSS.escape(eventId)}"]`)?.scrollIntoView({ block: 'center' });
  }

  const pickFromText = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.('mark.hl-event') as HTMLElement | null;
    if (mark?.dataset.id) select(mark.dataset.id, 'text');
  };
  text.addEventListener('click', (e) => pickFromText(e.target));
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pickFromText(e.target);
    }
  });
  for (const [eid, b] of eventButtons) b.addEventListener('click', () => select(eid, 'list'));

  const legend = el('fieldset', { class: 'legend' }, el('legend', {}, 'Highlight'),
    ...KINDS.map(({ kind, label }) => {
      const box = el('input', { type: 'checkbox', id: `show-${kind}`, checked: true });
      box.addEventListener('change', () => text.classList.toggle(`hide-${kind}`, !box.checked));
      return el('label', { for: `show-${kind}`, class: `key key-${kind}` }, box, label);
    }));

  const claims = extraction.claims.length === 0 ? null : el('section', { class: 'claims' },
    el('h2', {}, 'Claims'),
    el('ul', {}, ...extraction.claims.map((c) =>
      el('li', {}, el('span', { class: 'speaker' }, `${speakerOf(c.speaker, extraction)}: `), el('q', {}, report.text.slice(c.content.start, c.content.end)),
        el('span', { class: 'meta' }, ` — ${c.stance}${c.allegedFalse ? ', alleged false' : ''}${c.contestedWith.length ? ', contested' : ''}`)))));

  mount(main,
    el('article', { class: 'report' },
      el('header', {},
        el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← Reports')),
        el('h1', {}, report.title),
        el('p', { class: 'meta' }, [report.outlet, report.published, report.language].filter(Boolean).join(' · ')),
        view.withheld ? el('p', { class: 'error', role: 'status' }, 'This store is encrypted and the server was started without its key (CASEFILE_KEY_FILE): source descriptors, notes and the words of sources are withheld.') : null),
      el('div', { class: 'report-body' },
        el('div', { class: 'text-col' }, legend, text),
        el('aside', { class: 'side', 'aria-label': 'Events and details' },
          canReview() ? reviewPanel(view, text, signal) : el('p', { class: 'meta review-progress' }, `${view.progress.checked} of ${view.progress.items} items checked by a person`),
          view.notes?.length ? el('section', { class: 'notes' }, el('h2', {}, 'Private notes'), el('ul', {}, ...view.notes.map((n) => el('li', {}, n.body, el('span', { class: 'meta' }, ` — ${n.author}, ${n.item}`))))) : null,
          el('h2', {}, `Events (${extraction.events.length})`),
          el('div', { class: 'event-list' }, ...eventButtons.values()),
          details,
          claims,
          reportLinks(report.id, signal),
          canReview() ? historySection(`/api/reports/${encodeURIComponent(report.id)}/history`) : null))));

  const wanted = route.query.get('event');
  if (wanted) select(wanted, 'route');
}
