// Small reports and extractions written for Casefile's tests (not taken from any
// outlet), with Hangul and accented text so offsets and snippets are checked on
// more than ASCII. Spans are found by phrase so they always point at the words.
import { createHash } from 'node:crypto';
import type { Actor, Event, Extraction, Place, Report, Source, Span } from '../core/model.js';

export interface Sample {
  report: Report;
  raw: Uint8Array;
  extraction: Extraction;
}

/** The span of the nth occurrence of phrase in text; throws if it is not there. */
export function spanOf(text: string, phrase: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return { start: at, end: at + phrase.length };
}

const GAZETTEER: Record<string, Omit<Place, 'mentions'>> = {
  kp: { id: 'kp', name: 'North Korea', level: 'country', country: 'KP', parent: null, ancestors: [], lat: 40, lon: 127, alternateNames: ['DPRK', '북한'] },
  'kp-ryanggang': { id: 'kp-ryanggang', name: 'Ryanggang Province', level: 'province', country: 'KP', parent: 'kp', ancestors: ['kp'], lat: 41.2, lon: 128.3, alternateNames: ['Yanggang', 'Ryanggang-do', '량강도'] },
  'kp-hyesan': { id: 'kp-hyesan', name: 'Hyesan', level: 'city', country: 'KP', parent: 'kp-ryanggang', ancestors: ['kp-ryanggang', 'kp'], lat: 41.4, lon: 128.18, alternateNames: ['혜산'] },
  'kp-north-pyongan': { id: 'kp-north-pyongan', name: 'North Pyongan Province', level: 'province', country: 'KP', parent: 'kp', ancestors: ['kp'], lat: 40, lon: 125, alternateNames: ['Pyonganbuk-do'] },
  'kp-sinuiju': { id: 'kp-sinuiju', name: 'Sinŭiju', level: 'city', country: 'KP', parent: 'kp-north-pyongan', ancestors: ['kp-north-pyongan', 'kp'], lat: 40.1, lon: 124.4, alternateNames: ['Sinuiju', '신의주'] },
  cn: { id: 'cn', name: 'China', level: 'country', country: 'CN', parent: null, ancestors: [], lat: 35, lon: 103, alternateNames: ['PRC'] },
  'cn-shenyang': { id: 'cn-shenyang', name: 'Shenyang', level: 'city', country: 'CN', parent: 'cn-liaoning', ancestors: ['cn-liaoning', 'cn'], lat: 41.8, lon: 123.4, alternateNames: [] },
  'cn-yanji': { id: 'cn-yanji', name: 'Yanji', level: 'city', country: 'CN', parent: 'cn-jilin', ancestors: ['cn-jilin', 'cn'], lat: 42.9, lon: 129.5, alternateNames: [] },
};

const MSS = { name: 'Ministry of State Security', kind: 'organization', canonId: 'mss', placeId: null, aliases: ['State Security Department', 'Bowibu', '국가보위성', '보위부'] } as const;
const POLICE = { name: 'Ministry of Social Security', kind: 'organization', canonId: 'moss', placeId: null, aliases: ["Ministry of People's Security", 'police'] } as const;

function build(fields: Omit<Report, 'id' | 'ingestedAt'>, parts: (text: string) => Omit<Extraction, 'extractor'>): Sample {
  const id = createHash('sha256').update(fields.text).digest('hex').slice(0, 32);
  const report: Report = { id, ...fields, ingestedAt: '2026-11-20T10:00:00.000Z' };
  const raw = new TextEncoder().encode(`${fields.title}\n\n${fields.text}\n`);
  return { report, raw, extraction: { extractor: 'test-fixture', ...parts(fields.text) } };
}

const place = (text: string, id: string, phrase?: string): Place => ({ ...GAZETTEER[id], mentions: phrase ? [spanOf(text, phrase)] : [] });
const actor = (text: string, id: string, a: Omit<Actor, 'id' | 'mentions' | 'aliases'> & { aliases?: readonly string[] }, phrase: string): Actor =>
  ({ id, ...a, aliases: [...(a.aliases ?? [])], mentions: [spanOf(text, phrase)] });
const source = (text: string, id: string, descriptor: string, location: string | null, placeId: string | null): Source =>
  ({ id, descriptor, location, placeId, kind: 'anonymous_insider', mentions: [spanOf(text, descriptor)] });
const event = (text: string, e: Omit<Event, 'trigger' | 'evidence'> & { trigger: string; evidence: string }): Event =>
  ({ ...e, trigger: spanOf(text, e.trigger), evidence: spanOf(text, e.evidence) });

/** Agents sent to China after three cadres defect; informants in Yanji; an arrest in Sinŭiju. */
export const pursuit = build({
  title: 'Security agents sent to China after three cadres defect',
  outlet: 'Casefile Test Wire', url: 'https://example.org/reports/pursuit', published: '2024-04-02', language: 'en',
  text: 'A three-man task force of the Ministry of State Security (국가보위성) was dispatched to Shenyang in March 2024 to track down three cadres who had defected, a source in China familiar with the matter said.\n'
    + 'Informants in Yanji were told to report back on any sighting of the men, an additional source in Yanji added.\n'
    + 'On 20 March officials in Sinŭiju arrested a broker who had arranged their crossing.',
}, (t) => ({
  places: [place(t, 'cn-shenyang', 'Shenyang'), place(t, 'cn-yanji', 'Yanji'), place(t, 'kp-sinuiju', 'Sinŭiju'), place(t, 'cn', 'China')],
  actors: [
    actor(t, 'a1', MSS, 'Ministry of State Security'),
    actor(t, 'a2', { name: 'three cadres', kind: 'role', canonId: null, placeId: null }, 'three cadres'),
    actor(t, 'a3', { name: 'informants in Yanji', kind: 'role', canonId: null, placeId: 'cn-yanji' }, 'Informants in Yanji'),
    actor(t, 'a4', { name: 'a broker', kind: 'role', canonId: null, placeId: null }, 'a broker'),
  ],
  sources: [
    source(t, 's1', 'a source in China familiar with the matter', 'China', 'cn'),
    source(t, 's2', 'an additional source in Yanji', 'Yanji', 'cn-yanji'),
  ],
  events: [
    event(t, { id: 'e1', type: 'PURSUIT', modality: 'asserted', date: { value: '2024-03', precision: 'month' }, places: [{ id: 'cn-shenyang', name: 'Shenyang' }],
      participants: [{ actorId: 'a1', role: 'agent' }, { actorId: 'a2', role: 'target' }], count: 3, sources: ['s1'],
      trigger: 'track down', evidence: 'A three-man task force of the Ministry of State Security (국가보위성) was dispatched to Shenyang in March 2024 to track down three cadres' }),
    event(t, { id: 'e2', type: 'DEFECTION', modality: 'asserted', date: { value: null, precision: 'unknown' }, places: [],
      participants: [{ actorId: 'a2', role: 'agent' }], count: 3, sources: ['s1'], trigger: 'defected', evidence: 'three cadres who had defected' }),
    event(t, { id: 'e3', type: 'SURVEILLANCE', modality: 'ordered', date: { value: null, precision: 'unknown' }, places: [{ id: 'cn-yanji', name: 'Yanji' }],
      participants: [{ actorId: 'a3', role: 'agent' }], count: null, sources: ['s2'], trigger: 'report back', evidence: 'Informants in Yanji were told to report back on any sighting of the men' }),
    event(t, { id: 'e4', type: 'ARREST', modality: 'asserted', date: { value: '2024-03-20', precision: 'day' }, places: [{ id: 'kp-sinuiju', name: 'Sinŭiju' }],
      participants: [{ actorId: 'a4', role: 'target' }], count: 1, sources: [], trigger: 'arrested', evidence: 'officials in Sinŭiju arrested a broker' }),
  ],
  claims: [],
}));

/** A family arrested in Hyesan after a cadre flees; contested reasons; pine-nut smuggling. */
export const family = build({
  title: 'Family of Hyesan cadre detained after he fled',
  outlet: 'Casefile Test Wire', url: null, published: '2024-06-10', language: 'en',
  text: 'Police in Hyesan, Ryanggang Province, arrested the family of a low-level cadre in May 2024 after he fled across the river, a source in Ryanggang Province reported.\n'
    + 'Senior cadres claim he ran away because of gambling debts, but his family members insist that other cadres forced him out.\n'
    + 'He had smuggled pine nuts into China for years. 보위부 officers are said to have fabricated testimonies against his relatives.',
}, (t) => ({
  places: [place(t, 'kp-hyesan', 'Hyesan'), place(t, 'kp-ryanggang', 'Ryanggang Province'), place(t, 'cn', 'China')],
  actors: [
    actor(t, 'a1', POLICE, 'Police'),
    actor(t, 'a2', { name: 'a low-level cadre', kind: 'role', canonId: null, placeId: 'kp-ryanggang' }, 'a low-level cadre'),
    actor(t, 'a3', { name: 'his family members', kind: 'role', canonId: null, placeId: null }, 'his family members'),
    actor(t, 'a4', { name: 'senior cadres', kind: 'role', canonId: null, placeId: null }, 'Senior cadres'),
    actor(t, 'a5', MSS, '보위부'),
  ],
  sources: [source(t, 's1', 'a source in Ryanggang Province', 'Ryanggang Province', 'kp-ryanggang')],
  events: [
    event(t, { id: 'e1', type: 'ARREST', modality: 'asserted', date: { value: '2024-05', precision: 'month' }, places: [{ id: 'kp-hyesan', name: 'Hyesan' }],
      participants: [{ actorId: 'a1', role: 'agent' }, { actorId: 'a3', role: 'target' }], count: null, sources: ['s1'],
      trigger: 'arrested', evidence: 'Police in Hyesan, Ryanggang Province, arrested the family of a low-level cadre in May 2024' }),
    event(t, { id: 'e2', type: 'COLLECTIVE_PUNISHMENT', modality: 'asserted', date: { value: '2024-05', precision: 'month' }, places: [{ id: 'kp-hyesan', name: 'Hyesan' }],
      participants: [{ actorId: 'a1', role: 'agent' }, { actorId: 'a3', role: 'target' }], count: null, sources: ['s1'],
      trigger: 'arrested the family', evidence: 'arrested the family of a low-level cadre in May 2024 after he fled' }),
    event(t, { id: 'e3', type: 'DEFECTION', modality: 'asserted', date: { value: '2024-05', precision: 'month' }, places: [],
      participants: [{ actorId: 'a2', role: 'agent' }], count: 1, sources: ['s1'], trigger: 'fled', evidence: 'he fled across the river' }),
    event(t, { id: 'e4', type: 'SMUGGLING', modality: 'asserted', date: { value: '2023', precision: 'year' }, places: [{ id: 'kp-ryanggang', name: 'Ryanggang Province' }, { id: 'cn', name: 'China' }],
      participants: [{ actorId: 'a2', role: 'agent' }], count: null, sources: [], trigger: 'smuggled', evidence: 'He had smuggled pine nuts into China for years' }),
    event(t, { id: 'e5', type: 'FABRICATION', modality: 'rumoured', date: { value: null, precision: 'unknown' }, places: [],
      participants: [{ actorId: 'a5', role: 'agent' }, { actorId: 'a3', role: 'target' }], count: null, sources: [],
      trigger: 'fabricated', evidence: '보위부 officers are said to have fabricated testimonies against his relatives' }),
  ],
  claims: [
    { id: 'c1', speaker: { actorId: 'a4' }, content: spanOf(t, 'he ran away because of gambling debts'), stance: 'alleges', allegedFalse: false, contestedWith: ['c2'],
      evidence: spanOf(t, 'Senior cadres claim he ran away because of gambling debts') },
    { id: 'c2', speaker: { actorId: 'a3' }, content: spanOf(t, 'other cadres forced him out'), stance: 'asserts', allegedFalse: false, contestedWith: ['c1'],
      evidence: spanOf(t, 'his family members insist that other cadres forced him out') },
  ],
}));

/** A short Korean report without a publication date. */
export const korean = build({
  title: '국경에서 밀수꾼 체포',
  outlet: null, url: null, published: null, language: 'ko',
  text: '혜산 국경 경비대가 밀수꾼 두 명을 체포했다. 소식통에 따르면 이들은 중국으로 약초를 넘기려 했다.',
}, (t) => ({
  places: [place(t, 'kp-hyesan', '혜산')],
  actors: [actor(t, 'a1', { name: '밀수꾼 두 명', kind: 'role', canonId: null, placeId: null }, '밀수꾼 두 명')],
  sources: [source(t, 's1', '소식통', null, null)],
  events: [
    event(t, { id: 'e1', type: 'ARREST', modality: 'asserted', date: { value: null, precision: 'unknown' }, places: [{ id: 'kp-hyesan', name: 'Hyesan' }],
      participants: [{ actorId: 'a1', role: 'target' }], count: 2, sources: ['s1'], trigger: '체포했다', evidence: '혜산 국경 경비대가 밀수꾼 두 명을 체포했다' }),
  ],
  claims: [],
}));

export const SAMPLES: Sample[] = [pursuit, family, korean];
