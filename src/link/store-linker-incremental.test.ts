// An incremental run must link a new report as a run from scratch over the same
// reports would: it loads only part of the stored state, and what it leaves out
// must not change the outcome.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTestStore } from '../store/test-store.js';
import type { Store } from '../store/port.js';
import { actor, EDITED_TEXT, extraction, ORIGINAL_TEXT, OUTLETS, P, source, storable, type EventSpec } from './fixtures.case.js';
import { StoreLinker } from './store-linker.js';
import { isoDay, dayNumber } from './time.js';

type Item = ReturnType<typeof storable>;

/** Each report's original and cases, and each case as its page shows it (members in key order). */
async function linkState(store: Store, items: Item[], withCases: boolean) {
  const reports: Record<string, { duplicateOf: string | null; cases: string[] }> = {};
  const ids = new Set<string>();
  for (const { report } of items) {
    const l = (await store.incidents.reportLinks(report.id))!;
    reports[report.id] = { duplicateOf: l.duplicateOf?.id ?? null, cases: l.incidents.map((i) => i.id).sort() };
    for (const i of l.incidents) ids.add(i.id);
  }
  if (!withCases) return { reports };
  const cases: Record<string, unknown> = {};
  for (const id of [...ids].sort()) {
    const { members, ...page } = (await store.incidents.getIncident(id))!;
    cases[id] = { ...page, members: members.map((m) => [m.eventKey, m.score, m.linkedTo, m.explanation]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)) };
  }
  return { reports, cases };
}

/** Links each batch in turn, incrementally; returns the state, then again after relinking from scratch. */
async function incrementalThenScratch(batches: Item[][], withCases = false) {
  const t = await openTestStore();
  try {
    const store: Store = t.store;
    const all = batches.flat();
    for (const batch of batches) {
      for (const i of batch) await store.saveReport(i.report, i.raw, i.extraction);
      await new StoreLinker(store.incidents, OUTLETS).linkPending();
    }
    const incremental = await linkState(store, all, withCases);
    await store.incidents.clearLinks();
    await new StoreLinker(store.incidents, OUTLETS, { wholeState: true }).linkPending();
    return { incremental, scratch: await linkState(store, all, withCases) };
  } finally {
    await t.cleanup();
  }
}

const reportsOf = async (batches: Item[][]) => {
  const { incremental, scratch } = await incrementalThenScratch(batches);
  return { incremental: incremental.reports, scratch: scratch.reports };
};

const arrest = (date: string | null, place = P.hyesan) =>
  extraction([{ type: 'ARREST', date, places: [place], count: 7, sources: ['s1'] }], [source('s1', 'a source in Ryanggang Province')]);

test('a repost linked incrementally is its original\'s repost and joins its case, as from scratch', async () => {
  const { incremental, scratch } = await reportsOf([
    [storable('orig', { outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT }, arrest('2021-04-28'))],
    [storable('copy', { outlet: 'Border Blog', published: '2021-05-04', text: EDITED_TEXT }, arrest(null))],
  ]);
  assert.equal(incremental.copy.duplicateOf, 'orig');
  assert.deepEqual(incremental.copy.cases, incremental.orig.cases);
  assert.deepEqual(incremental, scratch);
});

test('a repost of a repost linked incrementally meets the root original\'s case, as from scratch', async () => {
  const { incremental, scratch } = await reportsOf([
    [
      storable('orig', { outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT }, arrest('2021-04-28')),
      storable('copy', { outlet: 'Border Blog', published: '2021-05-04', text: EDITED_TEXT }, arrest(null)),
    ],
    [storable('copy2', { outlet: 'Another Blog', published: '2021-05-05', text: `${EDITED_TEXT}\n\nShared from Border Blog.` }, arrest(null, P.ryanggang))],
  ]);
  assert.equal(incremental.copy2.duplicateOf, 'orig');
  assert.deepEqual(incremental.copy2.cases, incremental.orig.cases);
  assert.deepEqual(incremental, scratch);
});

/** Two tellings of one invented episode in different words: no shared passage, but the same rare story words. */
const TELLING_A = 'Teenagers caught watching smuggled dramas on a memory stick were paraded at a stadium rally in the city, where the organisers read out their names and the titles of the dramas. The memory stick had been passed between classmates for weeks.';
const TELLING_B = 'At a stadium rally, organisers shamed a group of teenagers found with dramas copied onto a memory stick; the stick had gone from classmate to classmate before a teacher reported it.';

test('an act linked incrementally reads the story words of the stored reports it meets, as from scratch', async () => {
  const undated = () => extraction([{ type: 'PUNISHMENT', places: [P.hyesan] }]);
  const { incremental, scratch } = await reportsOf([
    [storable('a', { outlet: 'Daily NK', text: TELLING_A, title: 'Teenagers shamed at stadium rally over dramas' }, undated())],
    [storable('b', { outlet: 'RFA', text: TELLING_B, title: 'Stadium rally shames teenagers with memory stick of dramas' }, undated())],
  ]);
  assert.deepEqual(scratch.b.cases, scratch.a.cases, 'from scratch, the shared story words link the two');
  assert.deepEqual(incremental, scratch);
});

test('an act joining a stored case through its episode is held to the whole case\'s span, not only the members its keys reach', async () => {
  const mss = actor('a1', 'Ministry of State Security', 'organization', 'org.mss');
  // The stored case runs from a punishment on 7 January to an arrest on 20 February (one episode).
  const first = storable('a', { outlet: 'Daily NK', published: '2021-02-25', text: 'Security agents arrested seven traders in the market after weeks of punishments.' }, extraction([
    { type: 'ARREST', date: '2021-02-20', places: [P.hyesan], actors: [[mss, 'agent']], count: 7 },
    { type: 'PUNISHMENT', date: '2021-01-07', places: [P.hyesan] },
  ]));
  // A new report matches the arrest and tells a smuggling raid 45 days later: with the
  // punishment the case would run 91 days, so the raid is linked on its own. Its keys
  // (another type) never reach the punishment.
  const then = storable('b', { outlet: 'RFA', published: '2021-04-12', text: 'Seven vendors were detained by state security; in April guards raided a smuggling ring.' }, extraction([
    { type: 'ARREST', date: '2021-02-22', places: [P.hyesan], actors: [[mss, 'agent']], count: 7 },
    { type: 'SMUGGLING', date: '2021-04-08', places: [P.hyesan] },
  ]));
  const { incremental, scratch } = await reportsOf([[first], [then]]);
  assert.equal(scratch.b.cases.length, 2, 'from scratch, the raid stays out of the case');
  assert.ok(scratch.b.cases.some((c) => scratch.a.cases.includes(c)), 'and the arrest joins it');
  assert.deepEqual(incremental, scratch);
});

/** A seeded generator (mulberry32): the same corpus on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, pick };
}

const WORDS = ['border', 'guards', 'market', 'traders', 'phones', 'rice', 'officers', 'bureau', 'families', 'river', 'factory', 'managers', 'permit', 'cadres', 'inspection', 'smugglers', 'medicine', 'camp', 'lecture', 'students', 'dramas', 'village', 'harvest', 'fuel', 'bribes', 'wages', 'railway', 'bridge', 'patrol', 'checkpoint'];

/**
 * `n` reports of one busy border region told by a few outlets over about three months,
 * in publication order (so that batches cut from it come in the order a rebuild links
 * them): most in one city and of one type, so the blocks fill past what an act is
 * compared with; some reposts of earlier reports and some that share passages with one.
 */
function busyRegion(n: number, seed: number): Item[] {
  const { next, pick } = random(seed);
  const start = dayNumber('2022-03-01');
  const outlets = ['Daily NK', 'RFA', 'Yonhap', 'Border Blog', null];
  const places = [P.hyesan, P.hyesan, P.hyesan, P.samjiyon, P.ryanggang, P.hoeryong, P.nk];
  const types = ['ARREST', 'ARREST', 'PUNISHMENT', 'SMUGGLING', 'DEFECTION'] as const;
  const people = [actor('a1', 'Ministry of State Security', 'organization', 'org.mss'), actor('a2', 'Kim Chol', 'person', 'person.kimchol'), actor('a3', 'three traders', 'role')];
  const sentence = () => `${Array.from({ length: 12 }, () => pick(WORDS)).join(' ')}.`;
  const items: Item[] = [];
  for (let k = 0; k < n; k++) {
    const day = start + Math.floor((k * 90) / n);
    const published = isoDay(day);
    const r = next();
    if (r < 0.1 && items.length > 0) {
      // a repost: an earlier report's text, shortened and credited, its acts told vaguer
      const orig = pick(items.slice(-40));
      const text = `${orig.report.text.split('\n\n').slice(0, 3).join('\n\n')}\n\nShared from ${orig.report.outlet ?? 'a website'}.`;
      items.push(storable(`r${k}`, { outlet: 'Border Blog', published, text }, extraction(orig.extraction.events.map((e) => ({ type: e.type, date: null, places: [P.ryanggang] })))));
      continue;
    }
    const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 3 }, sentence).join(' '));
    // a second outlet's report that shares two passages (the same quotes) with an earlier one
    if (r < 0.2 && items.length > 0) paragraphs.splice(1, 2, ...pick(items.slice(-40)).report.text.split('\n\n').slice(0, 2));
    const specs: EventSpec[] = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const d = day - Math.floor(next() * 50);
      const precision = next();
      return {
        type: pick(types),
        date: precision < 0.6 ? isoDay(d) : precision < 0.85 ? isoDay(d).slice(0, 7) : null,
        places: [pick(places)],
        actors: next() < 0.4 ? [[pick(people), 'agent']] : [],
        count: next() < 0.3 ? 1 + Math.floor(next() * 9) : null,
      };
    });
    items.push(storable(`r${k}`, { outlet: pick(outlets), published, text: paragraphs.join('\n\n'), title: sentence() }, extraction(specs)));
  }
  return items;
}

test('a busy region linked in four incremental batches gives the cases, members and explanations a rebuild gives', async () => {
  const corpus = busyRegion(900, 26);
  const batches = [corpus.slice(0, 500), corpus.slice(500, 700), corpus.slice(700, 850), corpus.slice(850)];
  const { incremental, scratch } = await incrementalThenScratch(batches, true);
  const cases = Object.values(scratch.cases!) as { reports: number }[];
  assert.ok(cases.length < 1500 && cases.some((c) => c.reports >= 3), 'reports link into shared cases');
  assert.deepEqual(incremental, scratch);
});
