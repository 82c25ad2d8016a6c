// #/network: who acts on whom in which cases, for the matching events. Actors
// (circles), cases (squares) and the cases' places (diamonds); an arrow from
// agent to target, a line from an actor to its case and from a case to its
// place. Node size follows the number of acts. Clicking an actor or place
// offers its page and narrowing the query to it; clicking a case opens it.
import { el, mount } from '../dom.js';
import { href } from '../route.js';
import { listOf, toggled, type Filter } from './filter.js';
import { exploreView } from './layout.js';
import type { Explore } from './explore-api.js';

const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';
const KIND_COLOUR = { actor: '#6a3fc8', case: '#1d2330', place: '#1d7a3c' } as const;

function nodeList(f: Filter, network: Explore['network']): HTMLElement {
  return el('details', { class: 'network-list' }, el('summary', {}, `Nodes as a list (${network.nodes.length})`),
    el('ul', {}, ...network.nodes.map((n) => el('li', {}, ...(n.kind === 'case'
      ? [el('a', { href: href(['incidents', n.id.slice(5)]) }, n.label)]
      : [el('a', { href: pageOf(n.kind, n.id) }, n.label), ' (', el('a', { href: narrowed(f, n.kind, n.id) }, 'narrow to it'), ')']),
    ` — ${n.kind}, ${n.acts} act${n.acts === 1 ? '' : 's'}`))));
}

const idOf = (kind: 'actor' | 'place', nodeId: string) => nodeId.slice(kind.length + 1);
const pageOf = (kind: 'actor' | 'place', nodeId: string) => href([kind, idOf(kind, nodeId)]);
const narrowed = (f: Filter, kind: 'actor' | 'place', nodeId: string) => href(['network'], toggled(f, kind, idOf(kind, nodeId)));

/** What a clicked actor or place offers: its page, or the query narrowed (or widened) by it. */
function chosenPanel(f: Filter, kind: 'actor' | 'place', nodeId: string, label: string): (Node | string)[] {
  const on = listOf(f, kind).includes(idOf(kind, nodeId));
  return [el('strong', {}, label), ` (${kind}): `, el('a', { href: pageOf(kind, nodeId), 'data-open': kind }, `open the ${kind}'s page`), ' · ',
    el('a', { href: narrowed(f, kind, nodeId) }, on ? 'remove it from the query' : 'narrow the query to it')];
}

export const exploreNetwork = exploreView('network', 'Network', async (slot, f, summary) => {
  const { network } = summary;
  if (network.nodes.length === 0) {
    slot.append(el('p', { class: 'message' }, 'No actor takes part in the matching events.'));
    return;
  }
  const box = el('div', { class: 'network', role: 'img', 'aria-label': `Network of ${network.nodes.length} actors, cases and places` });
  const panel = el('p', { class: 'network-chosen', 'aria-live': 'polite' });
  slot.append(box, panel,
    el('p', { class: 'meta' }, '● actor  ■ case  ◆ place of a case — arrows run from who acted to whom they acted on; size follows the number of acts. Click an actor or place for its page or to narrow the query, a case to open it.'),
    nodeList(f, network));
  const { default: cytoscape } = await import('cytoscape');
  // Cytoscape adds an inline <style> (position: relative for its container) unless
  // an element with this id exists; the page's CSP refuses inline styles, and
  // explore.css gives the container that position already.
  if (!document.getElementById(CYTOSCAPE_STYLESHEET)) document.head.append(el('meta', { id: CYTOSCAPE_STYLESHEET, name: 'cytoscape-style', content: 'explore.css' }));
  const maxActs = Math.max(...network.nodes.map((n) => n.acts));
  const chosen = new Set([...listOf(f, 'actor').map((a) => `actor:${a}`), ...listOf(f, 'place').map((p) => `place:${p}`)]);
  const cy = cytoscape({
    container: box,
    elements: [
      ...network.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, size: 18 + 42 * Math.sqrt(n.acts / maxActs) }, classes: chosen.has(n.id) ? 'chosen' : '' })),
      ...network.edges.map((e, i) => ({ data: { id: `edge${i}`, source: e.source, target: e.target, kind: e.kind, width: Math.min(8, 1 + e.count) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': '120px', color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      ...(['actor', 'case', 'place'] as const).map((k) => ({ selector: `node[kind = "${k}"]`, style: { 'background-color': KIND_COLOUR[k], shape: k === 'actor' ? 'ellipse' : k === 'case' ? 'round-rectangle' : 'diamond' } as const })),
      { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#f0a202' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b8bfcc', 'curve-style': 'bezier' } },
      { selector: 'edge[kind = "acts_on"]', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'target-arrow-shape': 'triangle' } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 80 } as cytoscape.LayoutOptions,
  });
  cy.on('tap', 'node', (e) => {
    const id = e.target.id() as string;
    const kind = e.target.data('kind') as 'actor' | 'place' | 'case';
    if (kind === 'case') location.hash = href(['incidents', id.slice(5)]);
    else mount(panel, ...chosenPanel(f, kind, id, e.target.data('label') as string));
  });
  box.setAttribute('data-nodes', String(cy.nodes().length));
});
