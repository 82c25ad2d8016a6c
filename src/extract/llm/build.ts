// Turns a validated model answer into an Extraction whose every span was found in
// the report by Casefile. An item whose quote is not in the text is dropped, and so
// is every reference to it; places and actors resolve through the knowledge base
// where it knows them, so both extractors give the same ids for the same things.
import { Extraction, type Actor, type ActorKind, type Claim, type Event, type Place, type Source, type Span } from '../../core/model.js';
import type { Answer } from './answer.js';
import { TextIndex } from './locate.js';

export type KnownPlace = Omit<Place, 'mentions'>;
export interface KnownActor {
  canonId: string;
  name: string;
  /** an outlet is a source, never an actor of the story */
  kind: ActorKind | 'outlet';
  aliases: string[];
}

/** Looks names up in the knowledge base; null when it does not know the name. */
export interface Resolver {
  place(name: string): KnownPlace | null;
  actor(name: string): KnownActor | null;
}

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.sort(byStart).filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const slug = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

function firstKnown<T>(names: string[], look: (name: string) => T | null): T | null {
  for (const name of names) {
    const hit = look(name);
    if (hit) return hit;
  }
  return null;
}

function buildPlaces(answer: Answer, index: TextIndex, resolver: Resolver): { places: Place[]; idOf: Map<string, string> } {
  const byId = new Map<string, Place>();
  const idOf = new Map<string, string>();
  for (const p of answer.places) {
    const mentions = uniqueSpans(p.mentions.flatMap((m) => index.locateAll(m)));
    if (mentions.length === 0) continue;
    const surface = [...new Set(mentions.map((s) => index.text.slice(s.start, s.end)))];
    const known = firstKnown([p.name, ...surface], (n) => resolver.place(n));
    const place: Place = known
      ? { ...known, mentions }
      : {
          id: `llm:place:${slug(p.name)}`,
          name: p.name,
          level: p.level,
          country: p.country,
          parent: null,
          ancestors: [],
          lat: null,
          lon: null,
          alternateNames: surface.filter((n) => n !== p.name),
          mentions,
        };
    const same = byId.get(place.id);
    if (same) same.mentions = uniqueSpans([...same.mentions, ...mentions]);
    else byId.set(place.id, place);
    idOf.set(p.id, place.id);
  }
  return { places: [...byId.values()], idOf };
}

function buildActors(answer: Answer, index: TextIndex, resolver: Resolver, places: Place[]): { actors: Actor[]; idOf: Map<string, string> } {
  const actors: Actor[] = [];
  const byCanon = new Map<string, Actor>();
  const idOf = new Map<string, string>();
  for (const a of answer.actors) {
    const mentions = uniqueSpans(a.mentions.flatMap((m) => index.locateAll(m)));
    if (mentions.length === 0) continue;
    const surface = [...new Set(mentions.map((s) => index.text.slice(s.start, s.end)))];
    // unnamed people are role descriptions: never looked up as someone known
    const known = a.kind === 'role' ? null : firstKnown([a.name, ...surface], (n) => resolver.actor(n));
    if (known?.kind === 'outlet') continue;
    const same = known ? byCanon.get(known.canonId) : undefined;
    if (same) {
      same.mentions = uniqueSpans([...same.mentions, ...mentions]);
      idOf.set(a.id, same.id);
      continue;
    }
    // a unit's place is a place named inside its mention ("the Hyesan prosecutor's office")
    const unitPlace = places.find((p) => p.mentions.some((pm) => mentions.some((am) => within(pm, am) && !(pm.start === am.start && pm.end === am.end))));
    const actor: Actor = {
      id: `a${actors.length + 1}`,
      name: known?.name ?? a.name,
      kind: known?.kind ?? a.kind,
      aliases: [...new Set([...(known?.aliases ?? []), ...surface])].filter((n) => n !== (known?.name ?? a.name)),
      canonId: known?.canonId ?? null,
      placeId: unitPlace?.id ?? null,
      mentions,
    };
    actors.push(actor);
    if (known) byCanon.set(known.canonId, actor);
    idOf.set(a.id, actor.id);
  }
  return { actors, idOf };
}

function buildSources(answer: Answer, index: TextIndex, resolver: Resolver): { sources: Source[]; idOf: Map<string, string> } {
  const sources: Source[] = [];
  const idOf = new Map<string, string>();
  for (const s of answer.sources) {
    const descriptor = index.locateOne(s.descriptor);
    if (!descriptor) continue;
    // "the source" may point to different sources in one report: a later mention is
    // the next occurrence after this source's descriptor, never an earlier one
    const later: Span[] = [];
    let from = descriptor.end;
    for (const m of s.mentions) {
      const hit = index.locateOne(m, { from });
      if (!hit) continue;
      later.push(hit);
      from = hit.end;
    }
    const id = `s${sources.length + 1}`;
    sources.push({
      id,
      descriptor: index.text.slice(descriptor.start, descriptor.end),
      location: s.location,
      placeId: s.location ? resolver.place(s.location)?.id ?? null : null,
      kind: s.kind,
      mentions: uniqueSpans([descriptor, ...later]),
    });
    idOf.set(s.id, id);
  }
  return { sources, idOf };
}

const mapIds = (refs: string[], idOf: Map<string, string>): string[] =>
  [...new Set(refs.flatMap((r) => (idOf.has(r) ? [idOf.get(r)!] : [])))];

function buildEvents(answer: Answer, index: TextIndex, places: Place[], ids: { place: Map<string, string>; actor: Map<string, string>; source: Map<string, string> }): Event[] {
  const events: Event[] = [];
  let cursor = 0;
  for (const e of answer.events) {
    // events come in reading order: look after the previous one first
    const evidence = index.locateOne(e.evidence, { from: cursor }) ?? index.locateOne(e.evidence);
    if (!evidence) continue;
    const trigger = index.locateOne(e.trigger, { from: evidence.start, to: evidence.end });
    if (!trigger) continue;
    cursor = evidence.start;
    const participants = new Map<string, Event['participants'][number]>();
    for (const p of e.participants) {
      const actorId = ids.actor.get(p.actor);
      if (actorId) participants.set(`${actorId}:${p.role}`, { actorId, role: p.role });
    }
    events.push({
      id: `e${events.length + 1}`,
      type: e.type,
      modality: e.modality,
      date: e.date,
      places: mapIds(e.places, ids.place).map((id) => ({ id, name: places.find((p) => p.id === id)!.name })),
      participants: [...participants.values()],
      count: e.count,
      sources: mapIds(e.sources, ids.source),
      trigger,
      evidence,
    });
  }
  return events;
}

function buildClaims(answer: Answer, index: TextIndex, ids: { actor: Map<string, string>; source: Map<string, string> }): Claim[] {
  const claims: Claim[] = [];
  const idOf = new Map<string, string>();
  const contested: string[][] = [];
  for (const c of answer.claims) {
    const evidence = c.evidence ? index.locateOne(c.evidence) : null;
    const content = (evidence && index.locateOne(c.content, { from: evidence.start, to: evidence.end })) ?? index.locateOne(c.content);
    if (!content) continue;
    const sourceId = c.speaker ? ids.source.get(c.speaker) : undefined;
    const actorId = c.speaker ? ids.actor.get(c.speaker) : undefined;
    const id = `c${claims.length + 1}`;
    claims.push({
      id,
      speaker: sourceId ? { sourceId } : actorId ? { actorId } : null,
      content,
      stance: c.stance,
      allegedFalse: c.allegedFalse,
      contestedWith: [],
      evidence: evidence && within(content, evidence) ? evidence : content,
    });
    idOf.set(c.id, id);
    contested.push(c.contestedWith);
  }
  claims.forEach((claim, i) => {
    claim.contestedWith = mapIds(contested[i], idOf).filter((id) => id !== claim.id);
  });
  return claims;
}

export function buildExtraction(answer: Answer, text: string, resolver: Resolver, extractor: string): Extraction {
  const index = new TextIndex(text);
  const { places, idOf: placeIds } = buildPlaces(answer, index, resolver);
  const { actors, idOf: actorIds } = buildActors(answer, index, resolver, places);
  const { sources, idOf: sourceIds } = buildSources(answer, index, resolver);
  const events = buildEvents(answer, index, places, { place: placeIds, actor: actorIds, source: sourceIds });
  const claims = buildClaims(answer, index, { actor: actorIds, source: sourceIds });
  // the same schema as the built-in extractor's output: a failure here falls back too
  return Extraction.parse({ extractor, events, actors, places, sources, claims });
}
