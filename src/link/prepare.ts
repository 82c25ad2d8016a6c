// Builds the compact LinkReport from a stored report and its extraction.
import type { Extraction, Report } from '../core/model.js';
import { citedOutlets, descriptorKey, type OutletTable } from './corroboration/outlets.js';
import { fingerprint } from './duplicates/fingerprint.js';
import { Interner } from './intern.js';
import { storyWords } from './story-words.js';
import { eventSpan } from './time.js';
import { eventKey, type LinkActor, type LinkEvent, type LinkPlace, type LinkReport, type LinkSource } from '../core/link-model.js';

const roleKey = (name: string) => `role:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;

/** A gazetteer lookup for places an event names but the extraction does not describe. */
export type PlaceLookup = (id: string) => LinkPlace | undefined;

const SEP = '\u0001';

/**
 * The event with its date, places, actors and sources replaced by the run's shared
 * copies: equal ones are one object across its reports, whether prepared here or
 * read back from the store.
 */
export function internEvent(e: LinkEvent, intern: Interner): LinkEvent {
  const places = e.places.map((p) => intern.get(`P${p.id}${SEP}${p.name}`, () => p));
  return {
    ...e,
    date: intern.get(`d${e.date.value}${SEP}${e.date.precision}`, () => e.date),
    places: intern.get(`p${places.map((p) => `${p.id}${SEP}${p.name}`).join(SEP)}`, () => places),
    actors: intern.get(`a${e.actors.map((a) => `${a.key}${SEP}${a.name}${SEP}${a.kind}${SEP}${a.role}`).join(SEP)}`, () => e.actors),
    sources: intern.get(`s${e.sources.map((s) => `${s.id}${SEP}${s.key}${SEP}${s.kind}`).join(SEP)}`, () => e.sources),
  };
}

/**
 * `intern`: shared by a run, so equal places, actors, sources and dates are one object across its reports.
 * `witnessTag`: how the store keeps witness keys (keyed in a protected store).
 */
export function prepareLinkReport(report: Pick<Report, 'id' | 'title' | 'outlet' | 'published' | 'text'>, x: Extraction, outlets: OutletTable, placeOf: PlaceLookup = () => undefined, intern = new Interner(), witnessTag = (key: string) => key): LinkReport {
  const places = new Map(x.places.map((p) => [p.id, p]));
  const actors = new Map(x.actors.map((a) => [a.id, a]));
  // Two sources of one report stay two witnesses even when their descriptors read alike.
  const sourceKeys = new Map<string, string>();
  const seen = new Set<string>();
  for (const s of x.sources) {
    let k = descriptorKey(s.descriptor);
    if (seen.has(k)) k = `${k}~${s.id}`;
    seen.add(k);
    sourceKeys.set(s.id, witnessTag(k));
  }
  const sources = new Map(x.sources.map((s) => [s.id, s]));
  const outletKey = outlets.key(report.outlet);

  const events: LinkEvent[] = x.events.map((e) => {
    // A place known neither to the extraction nor to the gazetteer is left out rather than guessed at.
    const linkPlaces: LinkPlace[] = e.places.flatMap((ref) => {
      const p = places.get(ref.id);
      const known = p ? { id: p.id, name: p.name, level: p.level, ancestors: p.ancestors } : placeOf(ref.id);
      return known ? [known] : [];
    });
    const linkActors: LinkActor[] = [];
    for (const part of e.participants) {
      const a = actors.get(part.actorId);
      if (!a) continue;
      // Role actors never take a canon key: "three cadres" must not merge with a named person.
      const key = a.kind !== 'role' && a.canonId ? a.canonId : roleKey(a.name);
      linkActors.push({ key, name: a.name, kind: a.kind, role: part.role });
    }
    const linkSources: LinkSource[] = e.sources.flatMap((id) => {
      const s = sources.get(id);
      return s ? [{ id, key: sourceKeys.get(id)!, kind: s.kind }] : [];
    });
    return internEvent({
      key: eventKey(report.id, e.id),
      reportId: report.id,
      eventId: e.id,
      type: e.type,
      modality: e.modality,
      date: e.date,
      ...eventSpan(e.date, report.published),
      places: linkPlaces,
      actors: linkActors,
      count: e.count,
      sources: linkSources,
      evidence: e.evidence,
      published: report.published,
    }, intern);
  });

  const contested: [string, string][] = [];
  for (const c of x.claims) for (const other of c.contestedWith) if (c.id < other) contested.push([c.id, other]);

  // A source that is itself an outlet ("Yonhap reported") also makes a chain.
  const cited = new Set(citedOutlets(report.text, outletKey, outlets));
  for (const s of x.sources) {
    const k = s.kind === 'outlet' ? outlets.key(s.descriptor) : null;
    if (k && k !== outletKey) cited.add(k);
  }

  return {
    id: report.id,
    title: report.title,
    outlet: report.outlet,
    outletKey,
    published: report.published,
    citedOutlets: [...cited],
    contested,
    storyWords: storyWords(report.title, report.text),
    fingerprint: fingerprint(report.text),
    events,
  };
}
