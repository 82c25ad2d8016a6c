// A small timeline: when each report on an incident appeared, reposts marked.
import { el } from '../dom.js';
import { href } from '../route.js';
import type { IncidentView } from '../incident-types.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function incidentTimeline(timeline: IncidentView['timeline'], dateFrom: string | null): HTMLElement {
  if (timeline.length === 0) return el('p', { class: 'meta' }, 'No report gives a publication date.');
  const points = [...(dateFrom ? [dateFrom] : []), ...timeline.map((t) => t.date)].map(day);
  const lo = Math.min(...points), hi = Math.max(...points);
  const at = (iso: string) => (hi === lo ? 50 : 3 + (94 * (day(iso) - lo)) / (hi - lo));
  // Positions go through the style property: the page's CSP refuses style attributes.
  const tick = (cls: string, iso: string, title: string) => {
    const t = el('span', { class: `tick${cls}`, title });
    t.style.left = `${at(iso)}%`;
    return t;
  };
  return el('div', { class: 'timeline' },
    el('div', { class: 'axis', role: 'img', 'aria-label': `Reports from ${timeline[0].date} to ${timeline[timeline.length - 1].date}` },
      dateFrom ? tick(' incident', dateFrom, `incident: ${dateFrom}`) : null,
      ...timeline.map((t) => tick(t.repost ? ' repost' : '', t.date, `${t.date} ${t.outlet ?? ''}`))),
    el('p', { class: 'meta timeline-key' }, `${dateFrom ? '■ the incident’s date · ' : ''}● a report · ○ a repost`),
    el('ol', { class: 'timeline-list' }, ...timeline.map((t) =>
      el('li', {}, el('time', { datetime: t.date }, t.date), ' ', el('a', { href: href(['reports', t.reportId]) }, t.outlet ?? 'unknown outlet'), t.repost ? ' (repost)' : ''))));
}
