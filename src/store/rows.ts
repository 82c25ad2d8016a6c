// Turns a validated report and extraction into the rows of every table, so the
// save transaction only inserts. Pure: no database here.
import type { Insertable } from 'kysely';
import type { Extraction, Report, Source } from '../core/model.js';
import { dayRange } from './dates.js';
import { actorKey, normName } from './names.js';
import type { Database } from './schema.js';

/** rows of a report's tables; report_seq is added when the reports row has it */
export type Rows<T extends keyof Database> = Omit<Insertable<Database[T]>, 'report_seq'>[];

export interface ReportRows {
  report: Insertable<Database['reports']>;
  raw: Uint8Array;
  tables: {
    actors: Rows<'actors'>;
    places: Rows<'places'>;
    sources: Rows<'sources'>;
    source_descriptors: Rows<'source_descriptors'>;
    events: Rows<'events'>;
    event_places: Rows<'event_places'>;
    event_participants: Rows<'event_participants'>;
    event_sources: Rows<'event_sources'>;
    claims: Rows<'claims'>;
  };
  names: Rows<'entity_names'>;
}

/** The extraction as stored in reports.extraction: source descriptors are left out (sensitive). */
export function withoutDescriptors(x: Extraction): unknown {
  return { ...x, sources: x.sources.map(({ descriptor: _, ...rest }) => rest) };
}

/** The stored extraction with each source's descriptor put back from the sensitive table. */
export function withDescriptors(json: string, descriptorOf: (sourceId: string) => string | undefined): Extraction {
  const stored = JSON.parse(json) as Omit<Extraction, 'sources'> & { sources: Omit<Source, 'descriptor'>[] };
  return { ...stored, sources: stored.sources.map((s) => ({ ...s, descriptor: descriptorOf(s.id) ?? '' })) };
}

export function reportRows(report: Report, raw: Uint8Array, x: Extraction): ReportRows {
  const actorById = new Map(x.actors.map((a) => [a.id, a]));
  const ancestorsOf = new Map(x.places.map((p) => [p.id, p.ancestors]));

  const names = new Map<string, Insertable<Database['entity_names']>>();
  const addName = (entity: 'actor' | 'place', key: string, name: string) => {
    const name_norm = normName(name);
    if (name_norm) names.set(`${entity}\u0000${name_norm}\u0000${key}`, { entity, key, name_norm });
  };
  for (const a of x.actors) for (const n of [a.name, ...a.aliases]) addName('actor', actorKey(a), n);
  for (const p of x.places) for (const n of [p.name, ...p.alternateNames]) addName('place', p.id, n);

  const event_places: Rows<'event_places'> = [];
  const event_participants: Rows<'event_participants'> = [];
  const event_sources: Rows<'event_sources'> = [];
  const events = x.events.map((e) => {
    const event_id = e.id;
    // A place named directly wins over the same place reached as an ancestor.
    const places = new Map<string, number>();
    for (const p of e.places) for (const anc of ancestorsOf.get(p.id) ?? []) if (!places.has(anc)) places.set(anc, 0);
    for (const p of e.places) places.set(p.id, 1);
    for (const [place_id, direct] of places) event_places.push({ event_id, place_id, direct });

    const seen = new Set<string>();
    for (const p of e.participants) {
      if (seen.has(`${p.actorId}\u0000${p.role}`)) continue;
      seen.add(`${p.actorId}\u0000${p.role}`);
      event_participants.push({ event_id, actor_id: p.actorId, actor_key: actorKey(actorById.get(p.actorId)!), role: p.role });
    }
    for (const source_id of new Set(e.sources)) event_sources.push({ event_id, source_id });

    const { from, to } = dayRange(e.date);
    const actorNames = [...new Set(e.participants.map((p) => actorById.get(p.actorId)!.name))];
    return {
      event_id, type: e.type, modality: e.modality,
      date_value: e.date.value, date_precision: e.date.precision, date_from: from, date_to: to,
      count: e.count, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
      evidence_text: report.text.slice(e.evidence.start, e.evidence.end),
      data: JSON.stringify(e), actor_names: JSON.stringify(actorNames),
    };
  });

  return {
    report: {
      id: report.id, title: report.title, outlet: report.outlet, url: report.url, published: report.published,
      language: report.language, text: report.text, ingested_at: report.ingestedAt,
      extractor: x.extractor, extraction: JSON.stringify(withoutDescriptors(x)),
    },
    raw,
    tables: {
      actors: x.actors.map((a) => ({ actor_id: a.id, key: actorKey(a), name: a.name, kind: a.kind, canon_id: a.canonId, place_id: a.placeId })),
      places: x.places.map((p) => ({ place_id: p.id, name: p.name, level: p.level, country: p.country, parent: p.parent, lat: p.lat, lon: p.lon })),
      sources: x.sources.map((s) => ({ source_id: s.id, location: s.location, place_id: s.placeId, kind: s.kind })),
      source_descriptors: x.sources.map((s) => ({ source_id: s.id, descriptor: s.descriptor })),
      events, event_places, event_participants, event_sources,
      claims: x.claims.map((c) => ({
        claim_id: c.id,
        speaker_source_id: c.speaker && 'sourceId' in c.speaker ? c.speaker.sourceId : null,
        speaker_actor_id: c.speaker && 'actorId' in c.speaker ? c.speaker.actorId : null,
        stance: c.stance, alleged_false: c.allegedFalse ? 1 : 0,
        content_start: c.content.start, content_end: c.content.end,
        evidence_start: c.evidence.start, evidence_end: c.evidence.end,
        contested_with: JSON.stringify(c.contestedWith),
      })),
    },
    names: [...names.values()],
  };
}
