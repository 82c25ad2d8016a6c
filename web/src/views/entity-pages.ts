// Pages of one actor (#/actor/KEY), place (#/place/ID) or source
// (#/source/REPORT/ID): the names it went by over time, its acts and cases, the
// places around and inside a place, and links that open the explore views on it.
import '../explore.css';
import { el, message, mount } from '../dom.js';
import { exploreApi, type ActorPage, type PlacePage } from '../explore/explore-api.js';
import { VIEWS, viewHref, type Filter } from '../explore/filter.js';
import { href, type Route } from '../route.js';
import { eventTable } from './event-rows.js';
import { joined, placeLink } from './entity-links.js';
import { readable } from '../labels.js';

const RECENT = 20;

const section = (title: string, ...content: (Node | string | null)[]) =>
  el('section', { class: 'entity-section', 'data-section': title.toLowerCase() }, el('h2', {}, title), ...content);

const years = (n: { from?: number; to?: number }) =>
  n.from !== undefined && n.to !== undefined ? `${n.from}–${n.to}` : n.from !== undefined ? `since ${n.from}` : n.to !== undefined ? `until ${n.to}` : 'no dates known';

function table(head: string[], rows: (Node | string)[][], caption: string): HTMLElement {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'events' },
    el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c)))))));
}

/** The canon's names with their years (renamings), then the names the reports used. */
function names(page: Pick<ActorPage, 'canonNames' | 'recordNames'>, knowledge: string): HTMLElement {
  const dated = page.canonNames.filter((n) => n.from !== undefined || n.to !== undefined)
    .sort((a, b) => (a.from ?? a.to ?? 0) - (b.from ?? b.to ?? 0));
  const other = page.canonNames.filter((n) => n.from === undefined && n.to === undefined);
  return section('Names',
    dated.length ? table(['Name', 'In use', 'Language'], dated.map((n) => [n.name, years(n), n.lang ?? '']), 'Names over time') : null,
    other.length ? el('p', {}, el('strong', {}, `Also known ${dated.length ? 'as' : 'in the ' + knowledge + ' as'}: `), other.map((n) => n.name).join(' · ')) : null,
    page.recordNames.length
      ? table(['As the reports write it', 'Reports', 'First report', 'Last report'], page.recordNames.map((n) => [n.name, String(n.reports), n.first ?? '—', n.last ?? '—']), 'Names in the reports')
      : el('p', { class: 'meta' }, 'No report names it yet.'));
}

/** Acts by type (each a link into explore), the latest acts, and links to every explore view of them. */
async function acts(f: Filter, page: { acts: PlacePage['acts'] & { byRole?: ActorPage['acts']['byRole'] } }, signal: AbortSignal): Promise<HTMLElement> {
  if (page.acts.total === 0) return section('Acts', el('p', { class: 'meta' }, 'No event in the record.'));
  const recent = await exploreApi.events(f, { limit: RECENT, offset: 0 }, signal);
  return section(`Acts (${page.acts.total})`,
    el('p', { class: 'explore-links' }, 'Open in ', ...joined(VIEWS.map((v) => el('a', { href: viewHref(v.path, f) }, v.label)))),
    el('ul', { class: 'counts' }, ...page.acts.byType.map((t) => el('li', {},
      el('span', { class: 'swatch', 'data-type': t.type }), el('a', { href: viewHref('explore', { ...f, type: t.type }) }, readable(t.type)), ` ${t.count}`))),
    page.acts.byRole?.length ? el('p', { class: 'meta' }, 'As ', page.acts.byRole.map((r) => `${r.role} ${r.count}`).join(' · ')) : null,
    el('h3', {}, recent.total > RECENT ? `The latest ${RECENT}` : 'All of them'),
    eventTable(recent.items, 'No event.'));
}

function cases(list: ActorPage['cases']): HTMLElement {
  return section(`Cases (${list.length}${list.length === 100 ? '+' : ''})`, list.length === 0 ? el('p', { class: 'meta' }, 'In no case yet.') :
    el('ul', { class: 'case-list' }, ...list.map((c) => el('li', {},
      el('a', { href: href(['incidents', c.id]) }, c.title),
      el('span', { class: 'meta' }, ` — ${readable(c.type)}, ${[c.from, c.to].filter(Boolean).join(' – ') || 'undated'}, ${c.corroboration} independent outlet${c.corroboration === 1 ? '' : 's'}`)))));
}

const loading = (main: HTMLElement, what: string) => mount(main, message(`Loading ${what}…`));

export async function actorView(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const key = route.path[1];
  loading(main, 'the actor');
  const a = await exploreApi.actor(key, signal);
  const f: Filter = { actor: key };
  mount(main,
    el('p', { class: 'crumbs' }, el('a', { href: '#/explore' }, 'Explore'), ' › actor'),
    el('h1', { 'data-entity': 'actor' }, a.name),
    el('p', { class: 'meta' }, [a.kind, a.country, a.inCanon ? `canon id ${a.id}` : 'not in the actor canon'].filter(Boolean).join(' · ')),
    a.parent ? el('p', {}, 'Part of ', el('a', { href: href(['actor', a.parent.id]) }, a.parent.name)) : null,
    a.units.length ? el('p', {}, 'Units: ', ...joined(a.units.map((u) => el('a', { href: href(['actor', u.id]) }, u.name)))) : null,
    names(a, 'actor canon'),
    await acts(f, a, signal),
    cases(a.cases));
}

function around(p: PlacePage): HTMLElement | null {
  if (p.within.length === 0) return null;
  return el('p', { class: 'within' }, 'In ', ...joined([...p.within].reverse().map((w) => placeLink(w.id, w.name))));
}

function inside(p: PlacePage): HTMLElement {
  if (p.inside.length === 0) return section('Places inside', el('p', { class: 'meta' }, 'None known.'));
  const withEvents = p.inside.filter((i) => i.events > 0);
  return section(`Places inside (${p.inside.length})`,
    el('ul', { class: 'inside-list' }, ...withEvents.map((i) => el('li', {}, placeLink(i.id, i.name), el('span', { class: 'meta' }, ` — ${i.level ?? 'place'}, ${i.events} event${i.events === 1 ? '' : 's'}`)))),
    p.inside.length > withEvents.length ? el('details', {}, el('summary', {}, `${p.inside.length - withEvents.length} more without events`),
      el('p', {}, ...joined(p.inside.filter((i) => i.events === 0).map((i) => placeLink(i.id, i.name))))) : null);
}

export async function placeView(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.path[1];
  loading(main, 'the place');
  const p = await exploreApi.place(id, signal);
  mount(main,
    el('p', { class: 'crumbs' }, el('a', { href: '#/explore' }, 'Explore'), ' › place'),
    el('h1', { 'data-entity': 'place' }, p.name),
    el('p', { class: 'meta' }, [p.level, p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null, p.inGazetteer ? `gazetteer id ${p.id}` : 'not in the gazetteer'].filter(Boolean).join(' · ')),
    around(p),
    names(p, 'gazetteer'),
    inside(p),
    await acts({ place: id }, p, signal),
    cases(p.cases));
}

export async function sourceView(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const [, reportId, sourceId] = route.path;
  loading(main, 'the source');
  const s = await exploreApi.source(reportId, sourceId, signal);
  mount(main,
    el('p', { class: 'crumbs' }, el('a', { href: href(['reports', s.report.id]) }, s.report.title), ' › source'),
    el('h1', { 'data-entity': 'source' }, s.descriptor ?? `A ${readable(s.kind)} source`),
    s.descriptor === undefined ? el('p', { class: 'meta', 'data-field': 'descriptor' }, 'Who the source is stays withheld from your role.') : null,
    el('dl', { class: 'facts' },
      el('dt', {}, 'Kind'), el('dd', {}, readable(s.kind)),
      el('dt', {}, 'Where'), el('dd', {}, s.place ? placeLink(s.place.id, s.location ?? s.place.name) : s.location ?? 'not stated'),
      el('dt', {}, 'Report'), el('dd', {}, el('a', { href: href(['reports', s.report.id]) }, s.report.title), el('span', { class: 'meta' }, ` — ${[s.report.outlet, s.report.published].filter(Boolean).join(', ')}`)),
      el('dt', {}, 'Claims spoken'), el('dd', {}, String(s.claims))),
    section(`Acts it is given for (${s.events.length})`, s.events.length === 0 ? el('p', { class: 'meta' }, 'None.') :
      el('ul', { class: 'case-list' }, ...s.events.map((e) => el('li', {},
        el('a', { href: href(['reports', s.report.id], { event: e.id }) }, readable(e.type)),
        el('span', { class: 'meta' }, ` — ${[e.modality, e.date ?? 'undated', e.actorNames.join(', ')].filter(Boolean).join(', ')}`))))));
}
