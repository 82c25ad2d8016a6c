// #/timeline: the matching events over time, one lane per precision their dates
// were given at, in the buckets the API chose for the span (days, months or years),
// each drawn as the days it means (a month-precise date is a span of the month, a
// year-precise one of the year, however fine the buckets), stacked by type; below,
// the cases of those events as bars from their first to their last day. Dragging
// across the chart narrows the query's date range to the days covered.
import { DAY, dateSpan } from '../../../src/core/date-span.js';
import { el } from '../dom.js';
import { colourOf } from './colours.js';
import { go } from './filter.js';
import { exploreView } from './layout.js';
import { readable } from '../labels.js';

const LANE = 64;
const CASE_ROW = 7;
const LEFT = 70;

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] => {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
};

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const exploreTimeline = exploreView('timeline', 'Timeline', (slot, f, summary) => {
  const { events, cases, undated, unit } = summary.timeline;
  const caseSpans = cases.filter((c) => c.from).map((c) => ({ ...c, span: [Date.parse(`${c.from}T00:00:00Z`), Date.parse(`${c.to ?? c.from}T00:00:00Z`) + DAY] as [number, number] }));
  const spans = [...events.map((e) => dateSpan(e.date)), ...caseSpans.map((c) => c.span)];
  if (spans.length === 0) {
    slot.append(el('p', { class: 'message' }, `No matching event has a date${undated ? ` (${undated} undated)` : ''}.`));
    return;
  }
  const lo = Math.min(...spans.map((s) => s[0])), hi = Math.max(...spans.map((s) => s[1]));
  const width = Math.max(320, slot.clientWidth || 900);
  const x = (t: number) => LEFT + ((width - LEFT - 10) * (t - lo)) / Math.max(DAY, hi - lo);
  const at = (px: number) => lo + ((px - LEFT) / (width - LEFT - 10)) * Math.max(DAY, hi - lo);

  const lanes = (['day', 'month', 'year'] as const).filter((p) => events.some((e) => e.precision === p));
  const rows: { row: number; span: [number, number] }[] = [];
  const caseRow = (s: [number, number]) => {
    let row = 0;
    while (rows.some((r) => r.row === row && r.span[0] < s[1] && s[0] < r.span[1])) row++;
    rows.push({ row, span: s });
    return row;
  };
  const casePlaced = caseSpans.map((c) => ({ ...c, row: caseRow(c.span) })).filter((c) => c.row < 12);
  const caseRows = casePlaced.length ? Math.max(...casePlaced.map((c) => c.row)) + 1 : 0;
  const height = 24 + lanes.length * (LANE + 14) + (caseRows ? 20 + caseRows * CASE_ROW : 0);
  const chart = svg('svg', { class: 'timeline-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Events from ${iso(lo)} to ${iso(hi - DAY)}; drag across to narrow the dates` });

  // axis: years, or months when the range is short
  const years = new Date(hi).getUTCFullYear() - new Date(lo).getUTCFullYear();
  for (let t = Date.UTC(new Date(lo).getUTCFullYear(), 0, 1); t < hi; t = years > 3 ? Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1) : Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + (years > 1 ? 3 : 1), 1)) {
    if (t < lo) continue;
    chart.append(svg('line', { x1: x(t), x2: x(t), y1: 14, y2: height, class: 'grid' }), svg('text', { x: x(t) + 2, y: 11, class: 'tick-label' }, years > 3 ? String(new Date(t).getUTCFullYear()) : iso(t).slice(0, 7)));
  }
  lanes.forEach((precision, i) => {
    const top = 24 + i * (LANE + 14);
    const buckets = new Map<string, { span: [number, number]; parts: { type: string; count: number }[] }>();
    for (const e of events.filter((e) => e.precision === precision)) {
      const b = buckets.get(e.date) ?? { span: dateSpan(e.date), parts: [] };
      b.parts.push({ type: e.type, count: e.count });
      buckets.set(e.date, b);
    }
    const max = Math.max(...[...buckets.values()].map((b) => b.parts.reduce((s, p) => s + p.count, 0)));
    chart.append(svg('text', { x: 4, y: top + LANE / 2, class: 'lane-label' }, `to the ${precision}`));
    for (const [date, b] of buckets) {
      let y = top + LANE;
      for (const p of b.parts.sort((a, c) => a.type.localeCompare(c.type))) {
        const h = (LANE * p.count) / max;
        y -= h;
        const w = Math.max(2, x(b.span[1]) - x(b.span[0]));
        chart.append(svg('rect', { x: x(b.span[0]), y, width: w, height: h, fill: colourOf(p.type), class: `bar precision-${precision}`, 'data-type': p.type, 'data-date': date },
          svg('title', {}, `${date}: ${p.count} ${p.type} dated to the ${precision}`)));
      }
    }
  });
  if (caseRows) {
    const top = 24 + lanes.length * (LANE + 14) + 14;
    chart.append(svg('text', { x: 4, y: top + 4, class: 'lane-label' }, 'cases'));
    for (const c of casePlaced) {
      const link = svg('a', { href: `#/incidents/${encodeURIComponent(c.id)}` },
        svg('rect', { x: x(c.span[0]), y: top + c.row * CASE_ROW, width: Math.max(3, x(c.span[1]) - x(c.span[0])), height: CASE_ROW - 2, fill: colourOf(c.type), class: 'case-bar' }),
        svg('title', {}, `${c.title} (${c.from}${c.to && c.to !== c.from ? ` – ${c.to}` : ''}; ${c.corroboration} independent outlet${c.corroboration === 1 ? '' : 's'})`));
      chart.append(link);
    }
  }

  // brush: drag to choose the days, release to narrow the query
  const brush = svg('rect', { class: 'brush', y: 14, height: height - 14, x: 0, width: 0 });
  chart.append(brush);
  let start: number | null = null;
  const px = (e: PointerEvent) => (e.clientX - chart.getBoundingClientRect().left) * (width / chart.getBoundingClientRect().width);
  chart.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).closest('a')) return;
    start = px(e);
    chart.setPointerCapture(e.pointerId);
  });
  chart.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const now = px(e);
    brush.setAttribute('x', String(Math.min(start, now)));
    brush.setAttribute('width', String(Math.abs(now - start)));
  });
  chart.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const [a, b] = [start, px(e)].sort((p, q) => p - q);
    start = null;
    if (b - a < 4) { brush.setAttribute('width', '0'); return; }
    go({ ...f, from: iso(Math.max(lo, at(a))), to: iso(Math.min(hi - DAY, at(b))) });
  });

  const types = [...new Set(events.map((e) => e.type))].sort();
  slot.append(
    el('div', { class: 'timeline-wrap' }, chart),
    el('ul', { class: 'legend-types' }, ...types.map((t) => el('li', {}, el('span', { class: 'swatch', 'data-type': t }), readable(t)))),
    el('p', { class: 'meta' }, `Events by ${unit}, in lanes by how precisely their dates were given. Drag across the chart to narrow the dates.${undated ? ` ${undated} matching event${undated === 1 ? ' has' : 's have'} no date.` : ''}`),
    el('details', { class: 'timeline-table' }, el('summary', {}, 'The same as a table'),
      el('table', { class: 'events' }, el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Dated to the'), el('th', {}, 'Type'), el('th', {}, 'Events'))),
        el('tbody', {}, ...events.map((e) => el('tr', {}, el('td', {}, e.date), el('td', {}, e.precision), el('td', {}, readable(e.type)), el('td', { class: 'num' }, String(e.count))))))));
});

