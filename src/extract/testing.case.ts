// Builds small documents by hand for the stage tests: places and actors are given by
// name (no gazetteer needed), every occurrence of a name becomes a mention, and the
// pipeline runs the real stages of this folder over them.
import type { PlaceLevel } from '../core/model.js';
import type { ActorMention, Doc, PlaceMention, Stage } from './doc.js';
import { createClaimsStage } from './claims/stage.js';
import { loadClaimLexicon } from './claims/lexicon.js';
import { createCountsStage } from './counts/stage.js';
import { createDatesStage } from './dates/stage.js';
import { loadLexicon } from './events/lexicon.js';
import { createEventsStage } from './events/stage.js';
import { countryOfPlace, type PlaceInfo } from './events/where.js';
import { createPipeline } from './pipeline.js';
import { createSentencesStage } from './sentences/stage.js';
import { loadSourceLexicon } from './sources/lexicon.js';
import type { Country } from './sources/demonym.js';
import { createSourcesStage } from './sources/stage.js';

export interface TestPlace { name: string; id: string; level: PlaceLevel; ancestors?: string[]; country?: string | null; metonymy?: boolean }
export interface TestActor { name: string; kind: ActorMention['kind']; canonId?: string | null }

/** A small world: Ryanggang > Hyesan, North Korea; Jilin > Yanji, China; Seoul in South Korea. */
export const WORLD: TestPlace[] = [
  { name: 'North Korea', id: 'kp', level: 'country' },
  { name: 'China', id: 'cn', level: 'country' },
  { name: 'South Korea', id: 'kr', level: 'country' },
  { name: 'Ryanggang Province', id: 'kp.ryanggang', level: 'province', ancestors: ['kp'], country: 'kp' },
  { name: 'Ryanggang', id: 'kp.ryanggang', level: 'province', ancestors: ['kp'], country: 'kp' },
  { name: 'Hyesan', id: 'kp.hyesan', level: 'city', ancestors: ['kp.ryanggang', 'kp'], country: 'kp' },
  { name: 'Pyongyang', id: 'kp.pyongyang', level: 'city', ancestors: ['kp'], country: 'kp' },
  { name: 'Jilin', id: 'cn.jilin', level: 'province', ancestors: ['cn'], country: 'cn' },
  { name: 'Yanji', id: 'cn.yanji', level: 'city', ancestors: ['cn.jilin', 'cn'], country: 'cn' },
  { name: 'Shenyang', id: 'cn.shenyang', level: 'city', ancestors: ['cn'], country: 'cn' },
  { name: 'Beijing', id: 'cn.beijing', level: 'city', ancestors: ['cn'], country: 'cn' },
  { name: 'Seoul', id: 'kr.seoul', level: 'city', ancestors: ['kr'], country: 'kr' },
];

function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Mentions of the given names; a longer name wins over a shorter one inside it. */
function mentions<T extends { name: string }>(text: string, items: readonly T[]): { item: T; start: number; end: number }[] {
  const found = items.flatMap((item) => occurrences(text, item.name).map((start) => ({ item, start, end: start + item.name.length })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

export function lookupIn(world: readonly TestPlace[]): (id: string) => PlaceInfo | undefined {
  return (id) => {
    const p = world.find((x) => x.id === id);
    return p && { level: p.level, ancestors: p.ancestors ?? [], country: p.level === 'country' ? null : p.country ?? null };
  };
}

export interface MakeDoc {
  published?: string | null;
  outlet?: string | null;
  places?: TestPlace[];
  actors?: TestActor[];
  /** countries whose demonyms place official sources ("a South Korean official") */
  countries?: Country[];
}

export const OUTLETS = [
  { id: 'outlet.dailynk', names: ['Daily NK'], stateMedia: false },
  { id: 'outlet.rfa', names: ['Radio Free Asia', 'RFA'], stateMedia: false },
  { id: 'outlet.kcna', names: ['Korean Central News Agency', 'KCNA'], stateMedia: true },
  { id: 'outlet.guardian', names: ['The Guardian'], stateMedia: false },
  { id: 'outlet.borderpress', names: ['Border Press'], stateMedia: false },
];

/** Runs the stages of this folder over `text`, with places and actors found by name. */
export function extractDoc(text: string, opts: MakeDoc = {}): Doc {
  const world = opts.places ?? WORLD;
  const lookup = lookupIn(world);
  const placeLayer: PlaceMention[] = mentions(text, world).map(({ item, start, end }) => ({
    span: { start, end }, placeId: item.id, name: item.name.replace(/ Province$/, ''), level: item.level, metonymy: item.metonymy ?? false,
  }));
  const actorLayer: ActorMention[] = mentions(text, opts.actors ?? []).map(({ item, start, end }) => ({
    span: { start, end }, kind: item.kind, canonId: item.canonId ?? null, name: item.name, placeId: null, count: null,
  }));
  const given = (name: 'places' | 'actors', layer: PlaceMention[] | ActorMention[], requires: Stage['requires']): Stage => ({
    name, requires, assigns: [name], run(doc) { (doc.layers as Record<string, unknown>)[name] = layer; },
  });
  const pipeline = createPipeline([
    createSentencesStage(),
    given('places', placeLayer, []),
    given('actors', actorLayer, ['places']),
    createDatesStage(),
    createCountsStage(),
    createSourcesStage(loadSourceLexicon(), OUTLETS, opts.countries, (id) => countryOfPlace(id, lookup)),
    createEventsStage(loadLexicon(), lookup),
    createClaimsStage(loadClaimLexicon()),
  ]);
  const doc: Doc = { text, title: 'test', outlet: opts.outlet === undefined ? 'Daily NK' : opts.outlet, published: opts.published === undefined ? '2024-05-20' : opts.published, layers: {} };
  return pipeline.run(doc);
}

/** The text of a span of the document. */
export const textOf = (doc: Doc, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);
