// Two small reports with hand-made extractions, written for Casefile's tests
// (illustrative, not real reporting). Offsets are found from the phrases, so a
// change to the text cannot leave a span pointing at the wrong words.
import { createHash } from 'node:crypto';
import { Extraction, type Report, type Span } from '../core/model.js';
import type { Store, StoredReport } from '../store/port.js';
import { OUTLETS, ORIGINAL_TEXT, extraction, P, source, storable } from '../link/fixtures.case.js';
import { StoreLinker } from '../link/store-linker.js';
import { createApp } from './app.js';

type Place = (typeof P)[keyof typeof P];

function spanner(text: string) {
  return (phrase: string, after = 0): Span => {
    const start = text.indexOf(phrase, after);
    if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
    return { start, end: start + phrase.length };
  };
}

function report(title: string, text: string, published: string, outlet: string): Report {
  const id = createHash('sha256').update(text).digest('hex');
  return { id, title, outlet, url: null, published, language: 'en', text, ingestedAt: '2026-11-01T00:00:00.000Z' };
}

const HYESAN_TEXT =
  'Police in Hyesan, Ryanggang Province, arrested a family of four in October after they were caught ' +
  'smuggling dried mushrooms into China, a resident source in Ryanggang Province told the newsletter. ' +
  'Their relatives in Hyesan were also detained. ' +
  'Local cadres claimed the family owed money to traders, but the family says a rival cadre made a false accusation against them.';

function hyesan(): StoredReport {
  const text = HYESAN_TEXT;
  const at = spanner(text);
  const r = report('Family held in Hyesan over "mushroom" smuggling, relatives detained', text, '2026-11-10', 'Casefile Illustrative Weekly');
  const sentence2 = at('Their relatives in Hyesan were also detained.');
  const extraction = Extraction.parse({
    extractor: 'fixture',
    places: [
      { id: 'kp-hyesan', name: 'Hyesan', level: 'city', country: 'KP', parent: 'kp-ryanggang', ancestors: ['kp-ryanggang', 'kp'], lat: 41.4, lon: 128.18, alternateNames: [], mentions: [at('Hyesan'), at('Hyesan', sentence2.start)] },
      { id: 'kp-ryanggang', name: 'Ryanggang', level: 'province', country: 'KP', parent: 'kp', ancestors: ['kp'], lat: null, lon: null, alternateNames: ['Yanggang'], mentions: [at('Ryanggang Province')] },
      { id: 'cn', name: 'China', level: 'country', country: 'CN', parent: null, ancestors: [], lat: null, lon: null, alternateNames: [], mentions: [at('China')] },
    ],
    actors: [
      { id: 'a1', name: 'Ministry of Social Security', kind: 'organization', aliases: ['police'], canonId: 'kp-mss-social', placeId: 'kp-hyesan', mentions: [at('Police')] },
      { id: 'a2', name: 'a family of four', kind: 'role', aliases: [], canonId: null, placeId: 'kp-hyesan', mentions: [at('a family of four')] },
      { id: 'a3', name: 'their relatives', kind: 'role', aliases: [], canonId: null, placeId: 'kp-hyesan', mentions: [at('Their relatives')] },
      { id: 'a4', name: 'local cadres', kind: 'role', aliases: [], canonId: null, placeId: null, mentions: [at('Local cadres')] },
    ],
    sources: [
      { id: 's1', descriptor: 'a resident source in Ryanggang Province', location: 'Ryanggang Province', placeId: 'kp-ryanggang', kind: 'anonymous_insider', mentions: [at('a resident source in Ryanggang Province')] },
    ],
    events: [
      { id: 'e1', type: 'ARREST', modality: 'asserted', date: { value: '2026-10', precision: 'month' }, places: [{ id: 'kp-hyesan', name: 'Hyesan' }], participants: [{ actorId: 'a1', role: 'agent' }, { actorId: 'a2', role: 'target' }], count: 4, sources: ['s1'], trigger: at('arrested'), evidence: at('Police in Hyesan, Ryanggang Province, arrested a family of four in October') },
      { id: 'e2', type: 'SMUGGLING', modality: 'asserted', date: { value: '2026-10', precision: 'month' }, places: [{ id: 'kp-hyesan', name: 'Hyesan' }, { id: 'cn', name: 'China' }], participants: [{ actorId: 'a2', role: 'agent' }], count: 4, sources: ['s1'], trigger: at('smuggling'), evidence: at('caught smuggling dried mushrooms into China') },
      { id: 'e3', type: 'COLLECTIVE_PUNISHMENT', modality: 'asserted', date: { value: null, precision: 'unknown' }, places: [{ id: 'kp-hyesan', name: 'Hyesan' }], participants: [{ actorId: 'a3', role: 'target' }], count: null, sources: [], trigger: at('detained'), evidence: sentence2 },
    ],
    claims: [
      { id: 'c1', speaker: { actorId: 'a4' }, content: at('the family owed money to traders'), stance: 'asserts', allegedFalse: false, contestedWith: ['c2'], evidence: at('Local cadres claimed the family owed money to traders') },
      { id: 'c2', speaker: null, content: at('a rival cadre made a false accusation against them'), stance: 'alleges', allegedFalse: false, contestedWith: ['c1'], evidence: at('the family says a rival cadre made a false accusation against them') },
    ],
  });
  return { report: r, extraction };
}

const SHENYANG_TEXT =
  'Three cadres posted to a trading office in Shenyang went missing in March, and a State Security task force ' +
  'was dispatched to Shenyang and Yanji to track them down, a source close to North Korean affairs in China said. ' +
  '국가보위성 officials reportedly offered a reward for information.';

function shenyang(): StoredReport {
  const text = SHENYANG_TEXT;
  const at = spanner(text);
  const r = report('Task force sent after cadres vanish in Shenyang', text, '2026-05-02', 'Casefile Illustrative Weekly');
  const second = at('Shenyang', at('Shenyang').end);
  const extraction = Extraction.parse({
    extractor: 'fixture',
    places: [
      { id: 'cn-shenyang', name: 'Shenyang', level: 'city', country: 'CN', parent: 'cn', ancestors: ['cn'], lat: 41.8, lon: 123.43, alternateNames: [], mentions: [at('Shenyang'), second] },
      { id: 'cn-yanji', name: 'Yanji', level: 'city', country: 'CN', parent: 'cn', ancestors: ['cn'], lat: 42.9, lon: 129.5, alternateNames: [], mentions: [at('Yanji')] },
    ],
    actors: [
      { id: 'b1', name: 'three cadres', kind: 'role', aliases: [], canonId: null, placeId: 'cn-shenyang', mentions: [at('Three cadres')] },
      { id: 'b2', name: 'Ministry of State Security', kind: 'organization', aliases: ['State Security', '국가보위성'], canonId: 'kp-mss', placeId: null, mentions: [at('State Security'), at('국가보위성')] },
    ],
    sources: [
      { id: 's1', descriptor: 'a source close to North Korean affairs in China', location: 'China', placeId: 'cn', kind: 'anonymous_insider', mentions: [at('a source close to North Korean affairs in China')] },
    ],
    events: [
      { id: 'e1', type: 'DEFECTION', modality: 'asserted', date: { value: '2026-03', precision: 'month' }, places: [{ id: 'cn-shenyang', name: 'Shenyang' }], participants: [{ actorId: 'b1', role: 'agent' }], count: 3, sources: ['s1'], trigger: at('went missing'), evidence: at('Three cadres posted to a trading office in Shenyang went missing in March') },
      { id: 'e2', type: 'PURSUIT', modality: 'asserted', date: { value: null, precision: 'unknown' }, places: [{ id: 'cn-shenyang', name: 'Shenyang' }, { id: 'cn-yanji', name: 'Yanji' }], participants: [{ actorId: 'b2', role: 'agent' }, { actorId: 'b1', role: 'target' }], count: null, sources: ['s1'], trigger: at('task force'), evidence: at('a State Security task force was dispatched to Shenyang and Yanji to track them down') },
      { id: 'e3', type: 'INCENTIVE', modality: 'rumoured', date: { value: null, precision: 'unknown' }, places: [], participants: [{ actorId: 'b2', role: 'agent' }], count: null, sources: [], trigger: at('reward'), evidence: at('국가보위성 officials reportedly offered a reward for information.') },
    ],
    claims: [],
  });
  return { report: r, extraction };
}

/** Fresh copies for each test. */
export const fixtureReports = (): StoredReport[] => [hyesan(), shenyang()];

/** One report of an arrest as the explore and entity tests store it: who told it, when and where. */
export interface ArrestReport {
  id: string;
  outlet: string;
  published: string;
  text: string;
  descriptor: string;
  date: string;
  place: Place;
}

/** One arrest in Hyesan told by two outlets, each with its own source: a case of two channels. */
export const CORROBORATED_ARREST: readonly ArrestReport[] = [
  { id: 'orig', outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT, descriptor: 'a source in Ryanggang Province', date: '2021-04-28', place: P.hyesan },
  { id: 'rfa', outlet: 'RFA', published: '2021-05-06', text: 'Seven traders were held in Hyesan, a resident told RFA.', descriptor: 'a resident of Hyesan', date: '2021-04-28', place: P.ryanggang },
];

/** Stores the two fixture reports and one arrest per given report, then links them into cases. */
export async function seedArrests(store: Store, reports: readonly ArrestReport[]): Promise<void> {
  for (const { report, extraction: x } of fixtureReports()) await store.saveReport(report, new Uint8Array([1]), x);
  for (const a of reports) {
    const r = storable(a.id, { outlet: a.outlet, published: a.published, text: a.text }, extraction([{ type: 'ARREST', date: a.date, places: [a.place], count: 7, sources: ['s1'] }], [source('s1', a.descriptor)]));
    await store.saveReport(r.report, r.raw, r.extraction);
  }
  await new StoreLinker(store.incidents, OUTLETS).linkPending();
}

/** A GET on a fresh app over the store, as the local user or as a viewer: status, text and parsed body. */
export const requester = (store: Store) => async (path: string, role?: 'viewer') => {
  const res = await createApp({ store, ...(role ? { role } : {}) }).request(path);
  return { status: res.status, text: await res.clone().text(), body: (await res.json().catch(() => null)) as any };
};
