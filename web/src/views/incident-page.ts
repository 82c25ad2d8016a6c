// One incident: what happened, its corroboration by independent sources (reposts
// excluded, the lineage of retellings and reposts drawn), contradictions with who
// said what, the events from each report with the reason each was linked, a
// timeline of reports, and split/merge for analysts.
import '../incidents.css';
import { api, ApiError } from '../api.js';
import { el, message, mount } from '../dom.js';
import { incidentApi } from '../incident-api.js';
import { lineageLayout } from '../incident-lineage.js';
import { quoted, speakerOf } from '../incident-claims.js';
import type { IncidentView } from '../incident-types.js';
import type { ReportView } from '../types.js';
import type { Contradiction } from '../../../src/core/link-model.js';
import { href, type Route } from '../route.js';
import { incidentTimeline } from './incident-timeline.js';
import { canReview } from '../session.js';
import { historySection } from './history.js';
import { readable } from '../labels.js';
import { chainOfActs } from '../incident-chain.js';

function corroborationSection(v: IncidentView): HTMLElement {
  const c = v.sources;
  const title = (id: string) => v.reportList.find((r) => r.id === id)?.title ?? id;
  return el('section', { class: 'corroboration' },
    el('h2', {}, `Corroboration: ${c.outlets.length} independent outlet${c.outlets.length === 1 ? '' : 's'}, ${c.independentSources} source${c.independentSources === 1 ? '' : 's'}`),
    el('ul', {}, ...c.witnesses.map((w) => el('li', {}, el('strong', {}, w.outlet), ': ',
      w.refs.map((r) => r.descriptor ?? (r.sourceId ? 'a source' : 'the outlet’s own account')).filter((x, i, all) => all.indexOf(x) === i).join('; '),
      el('span', { class: 'meta' }, ` (${w.refs.length} mention${w.refs.length === 1 ? '' : 's'})`)))),
    lineage(v, title),
    c.chains.length ? el('p', { class: 'meta' }, 'Chains (not separate witnesses): ', ...c.chains.flatMap((ch, i) => [i ? '; ' : '', el('a', { href: href(['reports', ch.reportId]) }, title(ch.reportId)), ` (${ch.from ?? 'unknown outlet'}) cites ${ch.to}`])) : null,
    c.reposts.length ? el('p', { class: 'meta' }, 'Reposts (not counted): ', ...c.reposts.flatMap((r, i) => [i ? '; ' : '', el('a', { href: href(['reports', r.reportId]) }, title(r.reportId)), ' copies ', el('a', { href: href(['reports', r.duplicateOf]) }, title(r.duplicateOf))])) : null);
}

/**
 * Where the reports disagree, with who said what: each side's speaker (the
 * sources an act rests on, or a claim's speaker) and its words, read from the
 * reports themselves once the page is up.
 */
function contradictionsSection(v: IncidentView, signal: AbortSignal): HTMLElement | null {
  if (v.contradictions.length === 0) return null;
  const whose = (reportId: string) => { const r = v.reportList.find((x) => x.id === reportId); return r?.outlet ?? r?.title ?? reportId; };
  const views = new Map<string, Promise<ReportView | null>>();
  const load = (id: string) => { if (!views.has(id)) views.set(id, api.report(id, signal).catch(() => null)); return views.get(id)!; };
  const item = (i: Contradiction['items'][number]) => {
    const li = el('li', {}, el('strong', {}, whose(i.reportId)), `: ${i.value}`);
    void load(i.reportId).then((rv) => {
      if (!rv) return;
      if (i.claimIds) {
        const said = i.claimIds.map((id) => rv.extraction.claims.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => quoted(c, rv));
        mount(li, el('strong', {}, whose(i.reportId)), ': ', ...said.flatMap((q, n) => [n ? ' — against — ' : '', `${q.speaker}: `, el('q', {}, q.quote)]));
        return;
      }
      const e = rv.extraction.events.find((x) => x.id === i.eventId);
      if (!e) return;
      const speakers = e.sources.map((sourceId) => speakerOf({ sourceId }, rv.extraction));
      mount(li, el('strong', {}, whose(i.reportId)), `: ${i.value}, said by ${speakers.length ? speakers.join('; ') : 'the report itself'} `, el('q', {}, rv.report.text.slice(e.evidence.start, e.evidence.end)));
    });
    return li;
  };
  return el('section', { class: 'contradictions' }, el('h2', {}, 'Contradictions'),
    el('ul', {}, ...v.contradictions.map((c) => el('li', {}, c.summary, el('ul', { class: 'said' }, ...c.items.map(item))))));
}

/** Where each channel's account went, drawn: retold by other outlets, reposted by other sites. */
function lineage(v: IncidentView, title: (id: string) => string): HTMLElement | null {
  const c = v.sources;
  if (c.chains.length === 0 && c.reposts.length === 0) return null;
  const l = lineageLayout(c, title);
  const W = 250, H = 34, BOX_W = 220, BOX_H = 24;
  const svg = svgEl('svg', { class: 'lineage-tree', viewBox: `0 0 ${l.cols * W} ${l.rows * H}`, width: l.cols * W, height: l.rows * H, role: 'img', 'aria-label': 'Lineage: which outlet retold or reposted which account' });
  const at = new Map(l.nodes.map((n) => [n.id, n]));
  for (const e of l.edges) {
    const a = at.get(e.from)!, b = at.get(e.to)!;
    const x1 = a.col * W + 12, y1 = a.row * H + BOX_H, x2 = b.col * W, y2 = b.row * H + BOX_H / 2;
    svg.append(svgEl('path', { class: `edge ${e.kind}`, d: `M${x1},${y1} V${y2} H${x2}` }));
  }
  for (const n of l.nodes) {
    const g = svgEl('g', { class: `node ${n.kind}` });
    const label = n.label.length > 34 ? `${n.label.slice(0, 33)}…` : n.label;
    g.append(svgEl('rect', { x: n.col * W, y: n.row * H, width: BOX_W, height: BOX_H, rx: 4 }), svgText(n.col * W + 8, n.row * H + 16, `${n.kind === 'repost' ? 'repost · ' : n.kind === 'retold' ? 'retold · ' : ''}${label}`));
    const titled = svgEl('title', {});
    titled.textContent = n.label;
    g.append(titled);
    if (n.reportId) {
      const a = svgEl('a', { href: href(['reports', n.reportId]) });
      a.append(g);
      svg.append(a);
    } else svg.append(g);
  }
  const reportLink = (id: string) => el('a', { href: href(['reports', id]) }, title(id));
  // The same lineage as a list, for screen readers and for copying.
  return el('div', { class: 'lineage' }, el('h3', {}, 'Lineage'), el('div', { class: 'table-wrap' }, svg),
    el('ul', { class: 'lineage-list' }, ...c.outlets.map((outlet) => {
      const own = [...new Set(c.witnesses.filter((w) => w.outlet === outlet).flatMap((w) => w.refs.map((r) => r.reportId)))];
      const retold = c.chains.filter((ch) => ch.to === outlet);
      const copies = c.reposts.filter((r) => own.includes(r.duplicateOf) || retold.some((ch) => ch.reportId === r.duplicateOf));
      return el('li', {}, el('strong', {}, outlet),
        el('ul', {},
          ...retold.map((ch) => el('li', {}, '↳ retold by ', ch.from ?? 'an unknown outlet', ': ', reportLink(ch.reportId))),
          ...copies.map((r) => el('li', {}, '↳ reposted: ', reportLink(r.reportId), ' copies ', reportLink(r.duplicateOf)))));
    })));
}

const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
function svgText(x: number, y: number, text: string): SVGElement {
  const t = svgEl('text', { x, y });
  t.textContent = text;
  return t;
}

function eventsSection(v: IncidentView, onSplit: (keys: string[]) => void, onMove: (keys: string[], to: string) => void): HTMLElement {
  const boxes = v.members.map((m) => el('input', { type: 'checkbox', value: m.eventKey, 'aria-label': `select the act from ${m.reportTitle}` }));
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const split = el('button', { type: 'button' }, 'Split the selected acts into a new case');
  split.addEventListener('click', () => onSplit(chosen()));
  const target = el('input', { id: 'move-to', name: 'to', placeholder: 'inc-…', pattern: 'inc-[0-9a-f]{16}', required: true });
  const move = el('form', { class: 'move' }, el('label', { for: 'move-to' }, 'Move the selected acts to case: '), target, el('button', { type: 'submit' }, 'Move'));
  move.addEventListener('submit', (e) => { e.preventDefault(); onMove(chosen(), target.value.trim()); });
  const row = (m: IncidentView['members'][number], i: number) => el('tr', { class: m.duplicateOf ? 'repost' : '' },
    el('td', {}, boxes[i]),
    el('td', {}, readable(m.event.type), m.event.modality === 'asserted' ? null : el('span', { class: 'badge' }, m.event.modality)),
    el('td', {}, el('a', { href: href(['reports', m.reportId], { event: m.event.eventId }) }, m.reportTitle), m.duplicateOf ? el('span', { class: 'badge' }, 'repost') : null),
    el('td', {}, m.outlet ?? '—'),
    el('td', {}, m.published ?? '—'),
    el('td', {}, m.event.date.value ?? '—'),
    el('td', {}, m.event.places.map((p) => p.name).join(', ') || '—'),
    el('td', { class: 'num' }, m.event.count === null ? '—' : String(m.event.count)),
    el('td', { class: 'why' }, m.explanation));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const chain = chainOfActs(v.members);
  return el('section', {}, el('h2', {}, `Chain of events (${plural(chain.length, 'act')}, ${plural(v.members.length, 'account')})`),
    el('div', { class: 'table-wrap' }, el('table', { class: 'events chain' },
      el('thead', {}, el('tr', {}, ...['', 'Act', 'Report', 'Outlet', 'Published', 'Date', 'Places', 'Count', 'Why linked'].map((h) => el('th', { scope: 'col' }, h)))),
      ...chain.map((g, n) => el('tbody', { 'data-act': g.type },
        el('tr', { class: 'act-group' }, el('th', { scope: 'rowgroup', colspan: '9' },
          `${n + 1}. ${readable(g.type)} · ${g.date ?? 'date not given'} · told by ${plural(g.reports, 'report')} from ${plural(g.outlets, 'outlet')}`)),
        ...g.members.map((i) => row(v.members[i], i)))))),
    v.members.length > 1 ? split : null, move);
}

function mergeForm(v: IncidentView, onMerge: (other: string) => void): HTMLElement {
  const input = el('input', { id: 'merge-with', name: 'other', placeholder: 'inc-…', pattern: 'inc-[0-9a-f]{16}', required: true });
  const form = el('form', { class: 'merge' }, el('label', { for: 'merge-with' }, 'Merge another incident into this one: '), input, el('button', { type: 'submit' }, 'Merge'));
  form.addEventListener('submit', (e) => { e.preventDefault(); onMerge(input.value.trim()); });
  return form;
}

export async function incidentPage(main: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.path[1];
  mount(main, message('Loading incident…'));
  const v = await incidentApi.incident(id, signal);
  const status = el('div', { 'aria-live': 'polite' });
  const act = async (run: () => Promise<string>) => {
    try {
      location.hash = href(['incidents', await run()]);
    } catch (err) {
      mount(status, message(err instanceof ApiError ? err.message : 'The change failed.', 'error'));
    }
  };
  mount(main, el('article', { class: 'incident' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/incidents' }, '← Incidents')),
    el('h1', {}, v.title),
    el('p', { class: 'meta' }, [readable(v.type), v.placeName, v.dateFrom && (v.dateFrom === v.dateTo ? v.dateFrom : `${v.dateFrom} – ${v.dateTo}`), `${v.reports} report${v.reports === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
    status,
    corroborationSection(v),
    contradictionsSection(v, signal),
    el('section', {}, el('h2', {}, 'When the reports appeared'), incidentTimeline(v.timeline, v.dateFrom)),
    eventsSection(v, (keys) => void act(async () => (await incidentApi.split(v.id, keys)).created), (keys, to) => void act(async () => (await incidentApi.move(v.id, keys, to)).to)),
    mergeForm(v, (other) => void act(async () => (await incidentApi.merge([v.id, other])).id)),
    canReview() ? historySection(`/api/incidents/${encodeURIComponent(v.id)}/history`) : null));
}
