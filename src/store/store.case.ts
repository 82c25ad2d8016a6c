// The contract every Store adapter meets, run by store.test.ts against SQLite, or
// against PostgreSQL when DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isCasefileError, type ErrorCode } from '../core/errors.js';
import type { Event } from '../core/model.js';
import type { OpenOptions } from './open.js';
import type { Store } from './port.js';
import { RANKED } from './count.js';
import type { TestStore } from './test-store.js';
import { family, korean, pursuit, SAMPLES, type Sample } from './test-fixtures.js';

export type StoreFactory = (opts?: OpenOptions) => Promise<TestStore>;

const rejectsWith = (p: Promise<unknown>, code: ErrorCode, where?: string) =>
  assert.rejects(p, (e) => isCasefileError(e) && e.code === code && (where === undefined || e.where === where));

/**
 * Fails any INSERT into one table, to break a save halfway through its transaction:
 * a trigger, since saves bind their rows below Kysely (store/insert-rows.ts).
 */
async function failInsertsInto(t: TestStore, table: string): Promise<void> {
  await t.exec(process.env.DATABASE_URL
    ? `create function fail_insert() returns trigger language plpgsql as $$ begin raise exception 'injected failure on ${table}'; end $$;
       create trigger fail_insert before insert on ${table} for each statement execute function fail_insert()`
    : `create trigger fail_insert before insert on ${table} begin select raise(abort, 'injected failure on ${table}'); end`);
}

/** a search of houses (surveillance) told by the whole of a one-sentence text */
const searched = (text: string): Event => ({
  id: 'e1', type: 'SURVEILLANCE', modality: 'asserted', date: { value: null, precision: 'unknown' }, places: [], participants: [], count: null, sources: [],
  trigger: { start: 0, end: text.length }, evidence: { start: 0, end: text.length },
});

const save = (store: Store, s: Sample) => store.saveReport(s.report, s.raw, s.extraction);
const eventKeys = (items: { reportId: string; id: string }[]) =>
  items.map((e) => `${e.reportId === pursuit.report.id ? 'pursuit' : e.reportId === family.report.id ? 'family' : 'korean'}/${e.id}`).sort();

export function storeContract(name: string, open: StoreFactory): void {
  describe(`${name} store: saving`, () => {
    let t: TestStore;
    before(async () => { t = await open(); });
    after(async () => { await t?.cleanup(); });

    it('returns a saved report, its extraction and its raw bytes exactly as saved', async () => {
      assert.deepEqual(await save(t.store, family), { id: family.report.id, created: true });
      const got = await t.store.getReport(family.report.id);
      assert.deepEqual(got, { report: family.report, extraction: family.extraction });
      assert.deepEqual(Buffer.from((await t.store.getRaw(family.report.id))!), Buffer.from(family.raw));
      assert.equal(await t.store.hasReport(family.report.id), true);
    });

    it('keeps evidence offsets pointing at the same words in Hangul and accented text', async () => {
      await save(t.store, korean);
      const { report, extraction } = (await t.store.getReport(korean.report.id))!;
      const e = extraction.events[0];
      assert.equal(report.text.slice(e.evidence.start, e.evidence.end), '혜산 국경 경비대가 밀수꾼 두 명을 체포했다');
      assert.equal(report.text.slice(e.trigger.start, e.trigger.end), '체포했다');
    });

    it('saves a report only once: a second save reports created:false and changes nothing', async () => {
      const before = await t.store.listEvents({});
      const altered = { ...family.extraction, events: family.extraction.events.slice(0, 1) };
      assert.deepEqual(await t.store.saveReport(family.report, family.raw, altered), { id: family.report.id, created: false });
      assert.deepEqual(await t.store.getReport(family.report.id), { report: family.report, extraction: family.extraction });
      assert.deepEqual(await t.store.listEvents({}), before);
      assert.equal((await t.store.searchReports(undefined)).total, 2);
    });

    it('answers for unknown ids with null and false', async () => {
      assert.equal(await t.store.getReport('no-such-report'), null);
      assert.equal(await t.store.getRaw('no-such-report'), null);
      assert.equal(await t.store.hasReport('no-such-report'), false);
    });

    it('tells which of many ids are stored, in one call', async () => {
      assert.deepEqual(await t.store.storedAmong([family.report.id, 'no-such-report', korean.report.id]), new Set([family.report.id, korean.report.id]));
      assert.deepEqual(await t.store.storedAmong([]), new Set());
    });

    it('rejects an invalid extraction naming the problem, and stores nothing of it', async () => {
      const dangling = { ...pursuit.extraction, events: [{ ...pursuit.extraction.events[0], participants: [{ actorId: 'a99', role: 'agent' as const }] }] };
      await assert.rejects(t.store.saveReport(pursuit.report, pursuit.raw, dangling),
        (e) => isCasefileError(e) && e.code === 'E_VALIDATION' && e.where === pursuit.report.id && /participants\.0\.actorId: no actor with id "a99"/.test(e.message));
      const badSpan = { ...pursuit.extraction, events: [{ ...pursuit.extraction.events[0], evidence: { start: 0, end: 100_000 } }] };
      await rejectsWith(t.store.saveReport(pursuit.report, pursuit.raw, badSpan), 'E_VALIDATION');
      const badShape = { ...pursuit.extraction, events: [{ ...pursuit.extraction.events[0], type: 'PICNIC' }] } as never;
      await rejectsWith(t.store.saveReport(pursuit.report, pursuit.raw, badShape), 'E_VALIDATION');
      assert.equal(await t.store.hasReport(pursuit.report.id), false);
      assert.equal((await t.store.listEvents({ reportId: pursuit.report.id })).total, 0);
    });

    it('adds and lists reviewer notes on a report and on an event', async () => {
      const a = await t.store.addReviewNote({ reportId: family.report.id, author: 'reviewer-1', body: 'Dates checked against the outlet’s archive.' });
      const b = await t.store.addReviewNote({ reportId: family.report.id, eventId: 'e4', author: 'reviewer-2', body: '밀수 품목 확인 필요' });
      assert.equal(a.eventId, null);
      assert.deepEqual(await t.store.listReviewNotes(family.report.id), [a, b]);
      assert.deepEqual(await t.store.listReviewNotes(korean.report.id), []);
      await rejectsWith(t.store.addReviewNote({ reportId: 'no-such-report', author: 'r', body: 'x' }), 'E_NOT_FOUND');
      await rejectsWith(t.store.addReviewNote({ reportId: family.report.id, eventId: 'e99', author: 'r', body: 'x' }), 'E_NOT_FOUND');
      await rejectsWith(t.store.addReviewNote({ reportId: family.report.id, author: 'r', body: '  ' }), 'E_VALIDATION');
    });
  });

  describe(`${name} store: a save that fails halfway`, () => {
    it('leaves nothing of the report behind, and the same report saves cleanly afterwards', async () => {
      const broken = await open();
      try {
        await failInsertsInto(broken, 'claims');
        await rejectsWith(save(broken.store, family), 'E_STORE', family.report.id);
        assert.equal(await broken.store.hasReport(family.report.id), false);
        assert.equal(await broken.store.getRaw(family.report.id), null);
        assert.equal((await broken.store.listEvents({})).total, 0);
        assert.equal((await broken.store.listEvents({ q: 'pine nuts' })).total, 0);
        assert.equal((await broken.store.searchReports('pine nuts')).total, 0);
        assert.deepEqual(await broken.store.listActors(), []);
        assert.deepEqual(await broken.store.listSources(), []);
        // reports without claims do not touch the failing table
        assert.equal((await save(broken.store, korean)).created, true);
      } finally {
        await broken.cleanup();
      }
    });

    it('in a batch, loses only the failing report and keeps the others', async () => {
      const broken = await open();
      try {
        await failInsertsInto(broken, 'claims');
        const outcomes = await broken.store.saveReports([pursuit, family, korean]);
        assert.deepEqual(outcomes.map((o) => ('error' in o ? o.error.code : o.created)), [true, 'E_STORE', true]);
        assert.equal(await broken.store.hasReport(family.report.id), false);
        // ARREST events of the two saved reports only: none of the failed report's
        assert.deepEqual(eventKeys((await broken.store.listEvents({ q: 'arrested' })).items), ['korean/e1', 'pursuit/e4']);
        assert.equal((await broken.store.searchReports(undefined)).total, 2);
      } finally {
        await broken.cleanup();
      }
    });
  });

  describe(`${name} store: saving in batches`, () => {
    it('saves each report of a batch on its own: invalid ones refused, repeats not stored twice', async () => {
      const t = await open();
      try {
        const invalid = { ...pursuit, extraction: { ...pursuit.extraction, events: [{ ...pursuit.extraction.events[0], sources: ['s9'] }] } };
        const outcomes = await t.store.saveReports([invalid, family, korean, family]);
        assert.deepEqual(outcomes.map((o) => ('error' in o ? o.error.code : o.created)), ['E_VALIDATION', true, true, false]);
        assert.deepEqual(outcomes.map((o) => o.id), [pursuit.report.id, family.report.id, korean.report.id, family.report.id]);
        assert.equal(await t.store.hasReport(pursuit.report.id), false);
        assert.deepEqual(await t.store.getReport(korean.report.id), { report: korean.report, extraction: korean.extraction });
        assert.equal((await t.store.listEvents({})).total, 6);
        assert.deepEqual(await t.store.saveReports([]), []);
      } finally {
        await t.cleanup();
      }
    });
  });

  describe(`${name} store: search and lists`, () => {
    let t: TestStore;
    before(async () => {
      t = await open();
      for (const s of SAMPLES) await save(t.store, s);
    });
    after(async () => { await t?.cleanup(); });

    it('lists reports newest first without a query, with paging and a total', async () => {
      const all = await t.store.searchReports(undefined);
      assert.deepEqual(all.items.map((h) => h.id), [family.report.id, pursuit.report.id, korean.report.id]);
      assert.equal(all.total, 3);
      assert.ok(all.items[2].snippet.startsWith('혜산 국경 경비대가'));
      const second = await t.store.searchReports('', { limit: 1, offset: 1 });
      assert.deepEqual(second, { items: [all.items[1]], total: 3 });
    });

    it('finds reports by words of the title or text, stemmed, with a snippet around the match', async () => {
      const nuts = await t.store.searchReports('pine nuts');
      assert.deepEqual(nuts.items.map((h) => h.id), [family.report.id]);
      assert.match(nuts.items[0].snippet, /pine nuts/);
      assert.equal(nuts.items[0].title, family.report.title);
      assert.deepEqual((await t.store.searchReports('arrest')).items.map((h) => h.id).sort(), [pursuit.report.id, family.report.id].sort());
      assert.deepEqual((await t.store.searchReports('detained')).items.map((h) => h.id), [family.report.id]);
    });

    it('finds Hangul words and ignores accents', async () => {
      const ko = await t.store.searchReports('밀수꾼');
      assert.deepEqual(ko.items.map((h) => h.id), [korean.report.id]);
      assert.match(ko.items[0].snippet, /밀수꾼/);
      const accent = await t.store.searchReports('sinuiju');
      assert.deepEqual(accent.items.map((h) => h.id), [pursuit.report.id]);
      assert.match(accent.items[0].snippet, /Sinŭiju/);
    });

    it('reads quotes, OR and minus the way web search does', async () => {
      assert.deepEqual((await t.store.searchReports('cadres -pine')).items.map((h) => h.id), [pursuit.report.id]);
      assert.deepEqual((await t.store.searchReports('"gambling debts"')).items.map((h) => h.id), [family.report.id]);
      assert.deepEqual((await t.store.searchReports('"debts gambling"')).total, 0);
      assert.deepEqual((await t.store.searchReports('broker OR 밀수꾼')).items.map((h) => h.id).sort(), [pursuit.report.id, korean.report.id].sort());
    });

    it('pages through ranked matches in rank order, the page cut inside the index', async () => {
      const all = await t.store.searchReports('arrest');
      const pages = [await t.store.searchReports('arrest', { limit: 1 }), await t.store.searchReports('arrest', { limit: 1, offset: 1 })];
      assert.deepEqual(pages.flatMap((p) => p.items), all.items);
      assert.deepEqual(pages.map((p) => p.total), [2, 2]);
      assert.deepEqual((await t.store.searchReports('arrest', { offset: 2 })).items, []);
    });

    it('lists a word in more reports than it ranks newest first, paging inside the index', async () => {
      const many = await open();
      try {
        const text = (i: number) => `Border guards in Hyesan searched house ${i} for phones.`;
        const items = Array.from({ length: RANKED + 5 }, (_, i) => ({
          report: { id: `common${String(i).padStart(27, '0')}`, title: `Search ${i}`, outlet: null, url: null, published: null, language: 'en', text: text(i), ingestedAt: '2026-11-20T10:00:00.000Z' },
          raw: new TextEncoder().encode(text(i)),
          extraction: { extractor: 'test', events: [searched(text(i))], actors: [], places: [], sources: [], claims: [] },
        }));
        await many.store.saveReports(items);
        const page = await many.store.searchReports('phones', { limit: 3, offset: 1 });
        assert.deepEqual(page.items.map((h) => h.title), [`Search ${RANKED + 3}`, `Search ${RANKED + 2}`, `Search ${RANKED + 1}`]);
        assert.equal(page.total, RANKED + 5);
        assert.equal(page.order, 'newest');
        assert.match(page.items[0].snippet, /phones/);
        assert.equal((await many.store.searchReports('house 7')).order, undefined);
        // events likewise, with or without another filter, each page read from the index newest first
        for (const filter of [{}, { type: 'SURVEILLANCE' as const }]) {
          const events = await many.store.listEvents({ ...filter, q: 'phones', limit: 3, offset: 1 });
          assert.deepEqual(events.items.map((e) => e.reportTitle), [`Search ${RANKED + 3}`, `Search ${RANKED + 2}`, `Search ${RANKED + 1}`]);
          assert.equal(events.total, RANKED + 5);
          assert.equal(events.order, 'newest');
        }
        const few = await many.store.listEvents({ q: 'house 7' });
        assert.equal(few.order, undefined);
        assert.equal(few.items[0]!.reportTitle, 'Search 7');
      } finally {
        await many.cleanup();
      }
    });

    it('ranks a report with the words in its title above one with them only in the text', async () => {
      const hits = await t.store.searchReports('cadre');
      assert.deepEqual(hits.items.map((h) => h.id).sort(), [pursuit.report.id, family.report.id].sort());
      assert.equal(hits.items[0].id, family.report.id);
    });

    it('never fails on query syntax, whatever the user types', async () => {
      const nasty = ['"', '"unclosed phrase', 'AND', 'OR', 'NOT', '-', '*', 'title:x', 'NEAR(a b)', "l'arrest", 'a" OR "b', '\\', '(((', ')', '^arrest', '-- drop', "'; select 1; --", '밀수꾼*', '%_', 'a & b | !c', '<->'];
      for (const q of nasty) {
        const reports = await t.store.searchReports(q);
        const events = await t.store.listEvents({ q });
        assert.ok(reports.total >= 0 && events.total >= 0, q);
      }
      assert.deepEqual((await t.store.searchReports('"pine nuts')).items.map((h) => h.id), [family.report.id]);
    });

    it('filters events by type and report, with a total beyond the page', async () => {
      const arrests = await t.store.listEvents({ type: 'ARREST' });
      assert.deepEqual(eventKeys(arrests.items), ['family/e1', 'korean/e1', 'pursuit/e4']);
      const page = await t.store.listEvents({ reportId: family.report.id, limit: 2 });
      assert.equal(page.total, 5);
      assert.equal(page.items.length, 2);
      const rest = await t.store.listEvents({ reportId: family.report.id, limit: 2, offset: 2 });
      assert.equal(new Set([...page.items, ...rest.items].map((e) => e.id)).size, 4);
    });

    it('returns events with their report, names of participants and everything saved', async () => {
      const [row] = (await t.store.listEvents({ reportId: pursuit.report.id, type: 'PURSUIT' })).items;
      const { reportId, reportTitle, published, actorNames, evidenceText, ...event } = row;
      assert.deepEqual(event, pursuit.extraction.events[0]);
      assert.equal(evidenceText, pursuit.report.text.slice(event.evidence.start, event.evidence.end));
      assert.deepEqual({ reportId, reportTitle, published }, { reportId: pursuit.report.id, reportTitle: pursuit.report.title, published: '2024-04-02' });
      assert.deepEqual(actorNames, ['Ministry of State Security', 'three cadres']);
    });

    it('filters events by a place or anything inside it, by id or any of its names', async () => {
      assert.deepEqual(eventKeys((await t.store.listEvents({ place: 'kp-ryanggang' })).items), ['family/e1', 'family/e2', 'family/e4', 'korean/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ place: 'Yanggang' })).items), ['family/e1', 'family/e2', 'family/e4', 'korean/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ place: 'kp-hyesan' })).items), ['family/e1', 'family/e2', 'korean/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ place: 'cn' })).items), ['family/e4', 'pursuit/e1', 'pursuit/e3']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ place: 'SINUIJU' })).items), ['pursuit/e4']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ place: '신의주' })).items), ['pursuit/e4']);
      assert.equal((await t.store.listEvents({ place: 'Atlantis' })).total, 0);
    });

    it('filters events by actor: canon id, name, alias or role description', async () => {
      assert.deepEqual(eventKeys((await t.store.listEvents({ actor: 'mss' })).items), ['family/e5', 'pursuit/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ actor: 'Bowibu' })).items), ['family/e5', 'pursuit/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ actor: '국가보위성' })).items), ['family/e5', 'pursuit/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ actor: 'police', type: 'COLLECTIVE_PUNISHMENT' })).items), ['family/e2']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ actor: 'Three Cadres' })).items), ['pursuit/e1', 'pursuit/e2']);
    });

    it('filters events by date range, matching any day a month or year date can mean', async () => {
      assert.deepEqual(eventKeys((await t.store.listEvents({ from: '2024-03-15', to: '2024-03-31' })).items), ['pursuit/e1', 'pursuit/e4']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ from: '2024-05' })).items), ['family/e1', 'family/e2', 'family/e3']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ to: '2023' })).items), ['family/e4']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ from: '2023-06-01', to: '2023-06-30' })).items), ['family/e4']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ from: '2024-03-21', to: '2024-03-31' })).items), ['pursuit/e1']);
      await rejectsWith(t.store.listEvents({ from: '2024-13' }), 'E_BAD_PARAM', 'from');
      await rejectsWith(t.store.listEvents({ to: 'last week' }), 'E_BAD_PARAM', 'to');
    });

    it('searches events by type and by words of their evidence only', async () => {
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: 'informants' })).items), ['pursuit/e3']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: 'surveillance' })).items), ['pursuit/e3']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: 'collective punishment' })).items), ['family/e2']);
      // "sighting" is in the SURVEILLANCE evidence; "crossing" is in the text but outside every evidence span
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: 'sighting' })).items), ['pursuit/e3']);
      assert.equal((await t.store.listEvents({ q: 'crossing' })).total, 0);
      // the Hangul name finds the evidence that names the ministry in English too (query expansion)
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: '국가보위성' })).items), ['family/e5', 'pursuit/e1']);
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: 'arrested', place: 'cn' })).items), []);
      assert.deepEqual(eventKeys((await t.store.listEvents({ q: 'arrested', actor: 'police' })).items), ['family/e1', 'family/e2']);
    });

    it('rejects a bad type or page size naming the parameter', async () => {
      await rejectsWith(t.store.listEvents({ type: 'PICNIC' as never }), 'E_BAD_PARAM', 'type');
      await rejectsWith(t.store.listEvents({ limit: 0 }), 'E_BAD_PARAM', 'limit');
      await rejectsWith(t.store.listEvents({ offset: -1 }), 'E_BAD_PARAM', 'offset');
      await rejectsWith(t.store.searchReports('x', { limit: 1.5 }), 'E_BAD_PARAM', 'limit');
    });

    it('lists actors across reports with how many reports mention each', async () => {
      const actors = await t.store.listActors();
      assert.deepEqual(actors[0], { id: 'mss', name: 'Ministry of State Security', kind: 'organization', reports: 2 });
      assert.deepEqual(actors.find((a) => a.id === 'role:three cadres'), { id: 'role:three cadres', name: 'three cadres', kind: 'role', reports: 1 });
      assert.deepEqual((await t.store.listActors({ q: 'bowi' })).map((a) => a.id), ['mss']);
      assert.deepEqual((await t.store.listActors({ q: '보위' })).map((a) => a.id), ['mss']);
      assert.deepEqual((await t.store.listActors({ q: '100%' })), []);
      assert.equal((await t.store.listActors({ limit: 2 })).length, 2);
    });

    it('lists places with level and report counts, found by any name', async () => {
      const places = await t.store.listPlaces();
      assert.deepEqual(places.slice(0, 2).map((p) => [p.id, p.reports]).sort(), [['cn', 2], ['kp-hyesan', 2]]);
      assert.deepEqual(places.find((p) => p.id === 'kp-sinuiju'), { id: 'kp-sinuiju', name: 'Sinŭiju', kind: 'city', reports: 1 });
      assert.deepEqual((await t.store.listPlaces({ q: 'yanggang' })).map((p) => p.id), ['kp-ryanggang']);
    });

    it('lists sources with their descriptors, for all reports or one', async () => {
      const all = await t.store.listSources();
      assert.equal(all.length, 4);
      assert.deepEqual(await t.store.listSources({ reportId: pursuit.report.id }), [
        { id: 's1', reportId: pursuit.report.id, descriptor: 'a source in China familiar with the matter', location: 'China', kind: 'anonymous_insider' },
        { id: 's2', reportId: pursuit.report.id, descriptor: 'an additional source in Yanji', location: 'Yanji', kind: 'anonymous_insider' },
      ]);
    });
  });
}
