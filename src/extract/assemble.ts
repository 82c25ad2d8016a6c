// Builds the model's Extraction from a processed Doc: mentions grouped into places,
// actors and sources with ids, and events and claims pointing at those ids.
// One small top-level function per part, with plain loops: each compiles on its own,
// so a report that reaches a rare branch recompiles one small part, not the whole.
import type { Actor, Claim, Event, Extraction, Participant, Place, Source } from '../core/model.js';
import { mapped } from './arrays.js';
import type { ActorMention, ClaimMention, Doc, EventMention, PlaceMention, SourceMention } from './doc.js';

export interface AssemblyKnowledge {
  place(id: string): Omit<Place, 'mentions'> | undefined;
  /** other names of a canon actor */
  aliases(canonId: string): string[];
}

/** Indexes of the items grouped by key, groups in order of first occurrence. */
function groupIndexes(keys: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  const groups: number[][] = [];
  for (let i = 0; i < keys.length; i++) {
    const g = byKey.get(keys[i]);
    if (g) g.push(i);
    else {
      const fresh = [i];
      byKey.set(keys[i], fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

function assemblePlaces(mentions: readonly PlaceMention[], kb: AssemblyKnowledge): Place[] {
  const kept: PlaceMention[] = [];
  for (const m of mentions) if (!m.metonymy) kept.push(m);
  const places: Place[] = [];
  for (const g of groupIndexes(mapped(kept, (m) => m.placeId))) {
    const first = kept[g[0]];
    const spans = g.map((i) => kept[i].span);
    const p = kb.place(first.placeId);
    places.push(p ? { ...p, mentions: spans } : { id: first.placeId, name: first.name, level: first.level, country: null, parent: null, ancestors: [], lat: null, lon: null, alternateNames: [], mentions: spans });
  }
  return places;
}

/** One key per actor mention: events and claims look actors up by it too. */
function actorKey(a: ActorMention): string {
  return a.canonId ? `canon:${a.canonId}` : `role:${a.name.toLowerCase()}|${a.placeId ?? ''}`;
}

function assembleActors(mentions: readonly ActorMention[], keys: readonly string[], idByKey: Map<string, string>, kb: AssemblyKnowledge): Actor[] {
  const actors: Actor[] = [];
  for (const g of groupIndexes(keys)) {
    const a = mentions[g[0]];
    const id = a.canonId ?? `role${actors.length + 1}`;
    idByKey.set(keys[g[0]], id);
    let placeId: string | null = null;
    for (const i of g) {
      if (mentions[i].placeId) {
        placeId = mentions[i].placeId;
        break;
      }
    }
    actors.push({ id, name: a.name, kind: a.kind, aliases: a.canonId ? kb.aliases(a.canonId) : [], canonId: a.canonId, placeId, mentions: g.map((i) => mentions[i].span) });
  }
  return actors;
}

function assembleSources(mentions: readonly SourceMention[], idByKey: Map<string, string>): Source[] {
  const sources: Source[] = [];
  for (const g of groupIndexes(mapped(mentions, (m) => m.key))) {
    const first = mentions[g[0]];
    const id = `src${sources.length + 1}`;
    idByKey.set(first.key, id);
    let located: SourceMention | null = null;
    for (const i of g) {
      if (mentions[i].location) {
        located = mentions[i];
        break;
      }
    }
    sources.push({ id, descriptor: first.descriptor, location: located?.location ?? null, placeId: located?.placeId ?? null, kind: first.kind, mentions: g.map((i) => mentions[i].span) });
  }
  return sources;
}

/** The event's own places, finest first, then the provinces and countries that contain them. */
function eventPlaces(placeIds: readonly string[], kb: AssemblyKnowledge): { id: string; name: string }[] {
  const ids = placeIds.slice();
  for (const id of placeIds) for (const a of kb.place(id)?.ancestors ?? []) if (!ids.includes(a)) ids.push(a);
  return ids.map((id) => ({ id, name: kb.place(id)?.name ?? id }));
}

function eventParticipants(e: EventMention, actorKeys: readonly string[], actorIdByKey: Map<string, string>): Participant[] {
  const out: Participant[] = [];
  for (const p of e.participants) {
    const actorId = actorIdByKey.get(actorKeys[p.actorIndex])!;
    let seen = false;
    for (const q of out) if (q.actorId === actorId && q.role === p.role) seen = true;
    if (!seen) out.push({ actorId, role: p.role });
  }
  return out;
}

function eventSources(sourceKeys: readonly string[], sourceIdByKey: Map<string, string>): string[] {
  const out: string[] = [];
  for (const k of sourceKeys) {
    const id = sourceIdByKey.get(k);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

function assembleEvent(e: EventMention, i: number, actorKeys: readonly string[], actorIdByKey: Map<string, string>, sourceIdByKey: Map<string, string>, kb: AssemblyKnowledge): Event {
  return {
    id: `ev${i + 1}`,
    type: e.type,
    modality: e.modality,
    date: e.date,
    places: eventPlaces(e.placeIds, kb),
    participants: eventParticipants(e, actorKeys, actorIdByKey),
    count: e.count && e.count > 0 ? Math.round(e.count) : null,
    sources: eventSources(e.sourceKeys, sourceIdByKey),
    trigger: e.trigger,
    evidence: e.evidence,
  };
}

function speakerOf(c: ClaimMention, actorKeys: readonly string[], actorIdByKey: Map<string, string>, sourceIdByKey: Map<string, string>): Claim['speaker'] {
  if (!c.speaker) return null;
  if ('sourceKey' in c.speaker) {
    const id = sourceIdByKey.get(c.speaker.sourceKey);
    return id ? { sourceId: id } : null;
  }
  return { actorId: actorIdByKey.get(actorKeys[c.speaker.actorIndex])! };
}

function assembleClaim(c: ClaimMention, i: number, actorKeys: readonly string[], actorIdByKey: Map<string, string>, sourceIdByKey: Map<string, string>): Claim {
  return {
    id: `cl${i + 1}`,
    speaker: speakerOf(c, actorKeys, actorIdByKey, sourceIdByKey),
    content: c.content,
    stance: c.stance,
    allegedFalse: c.allegedFalse,
    contestedWith: c.contestedWith.map((j) => `cl${j + 1}`),
    evidence: c.evidence,
  };
}

export function assemble(doc: Doc, extractor: string, kb: AssemblyKnowledge): Extraction {
  const L = doc.layers;
  const places = assemblePlaces([...(L.places ?? []), ...(L.captionPlaces ?? [])], kb);
  const actorMentions = L.actors ?? [];
  const actorKeys = mapped(actorMentions, actorKey);
  const actorIdByKey = new Map<string, string>();
  const actors = assembleActors(actorMentions, actorKeys, actorIdByKey, kb);
  const sourceIdByKey = new Map<string, string>();
  const sources = assembleSources(L.sources ?? [], sourceIdByKey);
  const events: Event[] = [];
  const eventMentions = L.events ?? [];
  for (let i = 0; i < eventMentions.length; i++) events.push(assembleEvent(eventMentions[i], i, actorKeys, actorIdByKey, sourceIdByKey, kb));
  // the country where an event is placed is a place of the report, even when only its adjective is written
  for (const e of events) {
    for (const ep of e.places) {
      const p = kb.place(ep.id);
      if (p?.level === 'country' && !places.some((q) => q.id === ep.id)) places.push({ ...p, mentions: [] });
    }
  }
  const claims: Claim[] = [];
  const claimMentions = L.claims ?? [];
  for (let i = 0; i < claimMentions.length; i++) claims.push(assembleClaim(claimMentions[i], i, actorKeys, actorIdByKey, sourceIdByKey));
  const furniture = mapped(L.furniture ?? [], (f) => ({ ...f.span, kind: f.kind }));
  return { extractor, events, actors, places, sources, claims, ...(furniture.length ? { furniture } : {}) };
}
