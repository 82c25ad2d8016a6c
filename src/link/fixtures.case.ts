// Hand-written reports, places and extractions for the link tests. The stories are
// invented for Casefile's tests and mirror the situations linking must handle.
import type { Actor, Event, Extraction, Place, Source } from '../core/model.js';
import { outletTable } from './corroboration/outlets.js';
import { prepareLinkReport } from './prepare.js';
import type { LinkReport } from '../core/link-model.js';

export const OUTLETS = outletTable([
  { id: 'outlet.dailynk', name: 'Daily NK', names: ['DailyNK'] },
  { id: 'outlet.rfa', name: 'Radio Free Asia', names: ['RFA'] },
  { id: 'outlet.yonhap', name: 'Yonhap', names: [] },
]);

const place = (id: string, name: string, level: Place['level'], ancestors: string[]): Place =>
  ({ id, name, level, country: ancestors.at(-1) ?? id, parent: ancestors[0] ?? null, ancestors, lat: null, lon: null, alternateNames: [], mentions: [] });

export const P = {
  nk: place('kp', 'North Korea', 'country', []),
  ryanggang: place('kp.ryanggang', 'Ryanggang', 'province', ['kp']),
  hyesan: place('kp.hyesan', 'Hyesan', 'city', ['kp.ryanggang', 'kp']),
  samjiyon: place('kp.samjiyon', 'Samjiyon', 'county', ['kp.ryanggang', 'kp']),
  nhamgyong: place('kp.nhamgyong', 'North Hamgyong', 'province', ['kp']),
  hoeryong: place('kp.hoeryong', 'Hoeryong', 'city', ['kp.nhamgyong', 'kp']),
  china: place('cn', 'China', 'country', []),
  liaoning: place('cn.liaoning', 'Liaoning', 'province', ['cn']),
  shenyang: place('cn.shenyang', 'Shenyang', 'city', ['cn.liaoning', 'cn']),
  dandong: place('cn.dandong', 'Dandong', 'city', ['cn.liaoning', 'cn']),
  yalu: place('xb.yalu', 'Yalu River', 'site', []),
};

export const actor = (id: string, name: string, kind: Actor['kind'], canonId: string | null = null): Actor =>
  ({ id, name, kind, aliases: [], canonId, placeId: null, mentions: [] });
export const source = (id: string, descriptor: string, kind: Source['kind'] = 'anonymous_insider'): Source =>
  ({ id, descriptor, location: null, placeId: null, kind, mentions: [] });

export interface EventSpec {
  id?: string;
  type: Event['type'];
  date?: string | null;
  places: Place[];
  actors?: [Actor, Event['participants'][number]['role']][];
  count?: number | null;
  sources?: string[];
  modality?: Event['modality'];
}

const precisionOf = (v: string | null | undefined) => (!v ? 'unknown' : v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year');

export function extraction(specs: EventSpec[], sources: Source[] = [], claims: Extraction['claims'] = []): Extraction {
  const places = new Map<string, Place>();
  const actors = new Map<string, Actor>();
  const events: Event[] = specs.map((s, n) => {
    for (const p of s.places) places.set(p.id, p);
    for (const [a] of s.actors ?? []) actors.set(a.id, a);
    return {
      id: s.id ?? `e${n + 1}`,
      type: s.type,
      modality: s.modality ?? 'asserted',
      date: { value: s.date ?? null, precision: precisionOf(s.date) },
      places: s.places.map((p) => ({ id: p.id, name: p.name })),
      participants: (s.actors ?? []).map(([a, role]) => ({ actorId: a.id, role })),
      count: s.count ?? null,
      sources: s.sources ?? [],
      trigger: { start: 0, end: 1 },
      evidence: { start: 0, end: 1 },
    };
  });
  return { extractor: 'test', events, actors: [...actors.values()], places: [...places.values()], sources, claims };
}

export function report(id: string, opts: { outlet?: string | null; published?: string | null; text?: string; title?: string }, x: Extraction): LinkReport {
  return prepareLinkReport(
    { id, title: opts.title ?? id, outlet: opts.outlet ?? null, published: opts.published ?? null, text: opts.text ?? `Report ${id}.` },
    x,
    OUTLETS,
  );
}

/** An invented story in four paragraphs, and the variants a repost site makes of it. */
export const STORY = [
  'Security officials in Hyesan detained a group of traders at the Wiyon market last week after a sweep for Chinese mobile phones, a resident of the city said on Sunday.',
  'The sweep began before dawn when officers sealed the market gates and searched every stall, the resident said. Seven vendors who were found with phones or SIM cards were taken to the provincial bureau for questioning, and their stock of rice and cooking oil was loaded onto a truck.',
  'Neighbours say the families of the detained vendors have been going to the bureau each morning with food parcels, but guards turn them away without telling them where the seven are being held or when they might be released.',
  'Residents believe the operation was ordered from Pyongyang after a string of cases in which traders passed prices and rumours to relatives across the river. Since then, people in the border districts have stopped talking on the phone about anything but the weather.',
  'A trader who sells shoes two rows from the sealed stalls said business had fallen by half. Customers come to look, she said, but nobody wants to be seen carrying a bag of goods past the officers who now stand at the gates from morning until the market closes.',
  'The provincial bureau has also told factory managers to collect the names of workers who take days off to trade, and to report anyone who travels to the riverside without a permit. Managers who fail to hand in the lists on time have been warned that they will answer for it at the next criticism session.',
]; 
export const ORIGINAL_TEXT = STORY.join('\n\n');
export const ABRIDGED_TEXT = STORY.slice(0, 2).join('\n\n');
export const EDITED_TEXT = [
  STORY[0],
  STORY[1].replace('Seven vendors who were found with phones or SIM cards were taken', 'At least seven sellers caught holding handsets were marched off'),
  STORY[2],
  ...STORY.slice(3),
  'Editor\u2019s note: this repost adds our own view that such sweeps have become routine along the border and deserve far more attention from the outside world.',
].join('\n\n');
export const UNRELATED_TEXT = [
  'Officials in Hoeryong detained a group of smugglers near the river last month after a tip from an informant, a source in North Hamgyong Province said on Thursday.',
  'The smugglers had been moving medicine and dried fish across the border for two years, the source said, and paid the local guard post a share of every load. Four of them were sent to a labour camp, while the guard post commander was moved to another unit.',
  'The source added that the informant, a former partner of the group, was rewarded with a promotion at his factory, and that traders in the city now refuse to work with anyone they have not known for years.',
].join('\n\n');

/** A report as the store saves it, with the extraction's spans inside its text. */
export function storable(id: string, opts: { outlet?: string | null; published?: string | null; text: string; title?: string }, x: Extraction) {
  return {
    report: { id, title: opts.title ?? id, outlet: opts.outlet ?? null, url: null, published: opts.published ?? null, language: 'en', text: opts.text, ingestedAt: '2026-11-23T00:00:00.000Z' },
    raw: new TextEncoder().encode(opts.text),
    extraction: x,
  };
}
