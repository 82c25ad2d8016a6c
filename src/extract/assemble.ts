// Builds the model's Extraction from a processed Doc: mentions grouped into places,
// actors and sources with ids, and events and claims pointing at those ids.
import type { Actor, Claim, Event, Extraction, Place, Source } from '../core/model.js';
import type { Doc } from './doc.js';

export interface AssemblyKnowledge {
  place(id: string): Omit<Place, 'mentions'> | undefined;
  /** other names of a canon actor */
  aliases(canonId: string): string[];
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

export function assemble(doc: Doc, extractor: string, kb: AssemblyKnowledge): Extraction {
  const L = doc.layers;

  const places: Place[] = [];
  for (const [id, ms] of groupBy((L.places ?? []).filter((m) => !m.metonymy), (m) => m.placeId)) {
    const p = kb.place(id);
    places.push(p ? { ...p, mentions: ms.map((m) => m.span) } : { id, name: ms[0].name, level: ms[0].level, country: null, parent: null, ancestors: [], lat: null, lon: null, alternateNames: [], mentions: ms.map((m) => m.span) });
  }

  // one key per actor mention, built once: events and claims look actors up by it too
  const actorKeys = (L.actors ?? []).map((a) => (a.canonId ? `canon:${a.canonId}` : `role:${a.name.toLowerCase()}|${a.placeId ?? ''}`));
  const actors: Actor[] = [];
  const actorIdByKey = new Map<string, string>();
  for (const [key, ms] of groupBy((L.actors ?? []).map((a, i) => ({ a, key: actorKeys[i] })), (x) => x.key)) {
    const a = ms[0].a;
    const id = a.canonId ?? `role${actors.length + 1}`;
    actorIdByKey.set(key, id);
    actors.push({
      id,
      name: a.name,
      kind: a.kind,
      aliases: a.canonId ? kb.aliases(a.canonId) : [],
      canonId: a.canonId,
      placeId: ms.find((m) => m.a.placeId)?.a.placeId ?? null,
      mentions: ms.map((m) => m.a.span),
    });
  }

  const sources: Source[] = [];
  const sourceIdByKey = new Map<string, string>();
  for (const [key, ms] of groupBy(L.sources ?? [], (m) => m.key)) {
    const id = `src${sources.length + 1}`;
    sourceIdByKey.set(key, id);
    const located = ms.find((m) => m.location);
    sources.push({ id, descriptor: ms[0].descriptor, location: located?.location ?? null, placeId: located?.placeId ?? null, kind: ms[0].kind, mentions: ms.map((m) => m.span) });
  }

  const placeRef = (id: string) => ({ id, name: kb.place(id)?.name ?? id });
  const events: Event[] = (L.events ?? []).map((e, i) => {
    // the event's own places, finest first, then the provinces and countries that contain them
    const ids = [...e.placeIds];
    for (const id of e.placeIds) for (const a of kb.place(id)?.ancestors ?? []) if (!ids.includes(a)) ids.push(a);
    const participants = e.participants.map((p) => ({ actorId: actorIdByKey.get(actorKeys[p.actorIndex])!, role: p.role }));
    return {
      id: `ev${i + 1}`,
      type: e.type,
      modality: e.modality,
      date: e.date,
      places: ids.map(placeRef),
      participants: participants.filter((p, k) => participants.findIndex((q) => q.actorId === p.actorId && q.role === p.role) === k),
      count: e.count && e.count > 0 ? Math.round(e.count) : null,
      sources: [...new Set(e.sourceKeys.map((k) => sourceIdByKey.get(k)).filter((x): x is string => !!x))],
      trigger: e.trigger,
      evidence: e.evidence,
    };
  });

  const claims: Claim[] = (L.claims ?? []).map((c, i) => {
    let speaker: Claim['speaker'] = null;
    if (c.speaker && 'sourceKey' in c.speaker) {
      const id = sourceIdByKey.get(c.speaker.sourceKey);
      speaker = id ? { sourceId: id } : null;
    } else if (c.speaker) speaker = { actorId: actorIdByKey.get(actorKeys[c.speaker.actorIndex])! };
    return {
      id: `cl${i + 1}`,
      speaker,
      content: c.content,
      stance: c.stance,
      allegedFalse: c.allegedFalse,
      contestedWith: c.contestedWith.map((j) => `cl${j + 1}`),
      evidence: c.evidence,
    };
  });

  return { extractor, events, actors, places, sources, claims };
}
