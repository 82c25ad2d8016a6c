import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineageLayout } from './incident-lineage.js';

test('each channel is a root; an outlet retelling it and a site reposting it hang to its right, with a repost of the retelling further right', () => {
  const l = lineageLayout({
    independentSources: 3,
    outlets: ['Daily NK', 'RFA'],
    witnesses: [
      { outlet: 'Daily NK', refs: [{ reportId: 'dnk', sourceId: 's1' }] },
      { outlet: 'RFA', refs: [{ reportId: 'rfa', sourceId: 's1' }] },
    ],
    chains: [{ reportId: 'yon', from: 'Yonhap', to: 'Daily NK' }],
    reposts: [{ reportId: 'blog', duplicateOf: 'dnk' }, { reportId: 'mirror', duplicateOf: 'yon' }],
  }, (id) => id.toUpperCase());
  assert.deepEqual(l.nodes.map((n) => [n.id, n.col, n.row]), [
    ['channel:Daily NK', 0, 0], ['retold:yon', 1, 1], ['repost:mirror', 2, 2], ['repost:blog', 1, 3], ['channel:RFA', 0, 4],
  ]);
  assert.deepEqual(l.edges, [
    { from: 'channel:Daily NK', to: 'retold:yon', kind: 'retold' },
    { from: 'retold:yon', to: 'repost:mirror', kind: 'repost' },
    { from: 'channel:Daily NK', to: 'repost:blog', kind: 'repost' },
  ]);
  assert.equal(l.nodes[1].label, 'Yonhap: YON');
  assert.deepEqual([l.rows, l.cols], [5, 3]);
});
