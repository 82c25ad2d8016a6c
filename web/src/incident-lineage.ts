// Lays out a case's lineage as a small tree: each independent channel (an outlet
// with its own account) on the left, the outlets that retold its story and the
// sites that reposted its reports to the right of it, one row each. Pure layout:
// the incident page draws it as SVG, and a test checks the shape.
import type { IncidentView } from './incident-types.js';

export interface LineageNode {
  id: string;
  label: string;
  kind: 'channel' | 'retold' | 'repost';
  /** the report a retelling or a repost is, for a link */
  reportId: string | null;
  col: number;
  row: number;
}

export interface LineageEdge {
  from: string;
  to: string;
  kind: 'retold' | 'repost';
}

export interface Lineage {
  nodes: LineageNode[];
  edges: LineageEdge[];
  rows: number;
  cols: number;
}

export function lineageLayout(sources: IncidentView['sources'], title: (reportId: string) => string): Lineage {
  const nodes: LineageNode[] = [];
  const edges: LineageEdge[] = [];
  let row = 0;
  const add = (n: Omit<LineageNode, 'row'>, at: number) => { nodes.push({ ...n, row: at }); return n.id; };
  // a repost hangs under whichever node holds the report it copies
  const hangReposts = (parent: string, reportIds: readonly string[], col: number) => {
    for (const r of sources.reposts.filter((x) => reportIds.includes(x.duplicateOf))) {
      const id = add({ id: `repost:${r.reportId}`, label: title(r.reportId), kind: 'repost', reportId: r.reportId, col }, row++);
      edges.push({ from: parent, to: id, kind: 'repost' });
    }
  };
  for (const outlet of sources.outlets) {
    const own = [...new Set(sources.witnesses.filter((w) => w.outlet === outlet).flatMap((w) => w.refs.map((r) => r.reportId)))];
    const channel = add({ id: `channel:${outlet}`, label: outlet, kind: 'channel', reportId: null, col: 0 }, row++);
    for (const ch of sources.chains.filter((c) => c.to === outlet)) {
      const id = add({ id: `retold:${ch.reportId}`, label: `${ch.from ?? 'an unknown outlet'}: ${title(ch.reportId)}`, kind: 'retold', reportId: ch.reportId, col: 1 }, row++);
      edges.push({ from: channel, to: id, kind: 'retold' });
      hangReposts(id, [ch.reportId], 2);
    }
    hangReposts(channel, own, 1);
  }
  return { nodes, edges, rows: row, cols: 1 + Math.max(0, ...nodes.map((n) => n.col)) };
}
