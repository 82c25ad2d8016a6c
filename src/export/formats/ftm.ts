// FollowTheMoney entities as JSON lines, the form Aleph imports (`ftm` / `alephclient
// write-entities`): each report an Article, each event an Event naming its
// organisations and people as `involved` (agents also as `organizer`), each place
// an Address, each actor named in a report a Mention of it in that Article.
// Role actors ("three cadres") stay words in the event's summary: no Person is
// made for an unnamed person. Entity ids are derived from Casefile's own keys, so
// repeated exports and repeated entities merge in Aleph.
import { createHash } from 'node:crypto';
import type { ExportPlace, ExportRecord } from '../record.js';

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const id = (...parts: string[]) => `casefile-${createHash('sha1').update(parts.join('\u0000')).digest('hex')}`;
const props = (p: Record<string, (string | number | null | undefined)[]>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.filter((x) => x !== null && x !== undefined && x !== '').map(String)]).filter(([, v]) => v.length > 0));
const country = (c: string | null) => (c ? c.toLowerCase() : null);

function address(p: ExportPlace, within: ExportPlace[]): Entity {
  const region = within.find((w) => w.level === 'province')?.name;
  return {
    id: id('place', p.id), schema: 'Address',
    properties: props({ name: [p.name], full: [[p.name, region].filter(Boolean).join(', ')], region: [region], country: [country(p.country)], latitude: [p.lat], longitude: [p.lon] }),
  };
}

function* entities(r: ExportRecord): Generator<Entity> {
  const article = id('report', r.reportId);
  yield {
    id: article, schema: 'Article',
    properties: props({ name: [r.reportTitle], title: [r.reportTitle], fileName: [`${r.reportId}.txt`], publisher: [r.outlet], publishedAt: [r.published], sourceUrl: [r.url], language: [r.language] }),
  };
  const named = r.actors.filter((a) => a.kind === 'organization' || a.kind === 'person');
  for (const a of named) {
    const actor = id('actor', a.id);
    yield { id: actor, schema: a.kind === 'person' ? 'Person' : 'Organization', properties: props({ name: [a.name] }) };
    yield { id: id('mention', r.reportId, a.id), schema: 'Mention', properties: props({ name: [a.name], document: [article], resolved: [actor], detectedSchema: [a.kind === 'person' ? 'Person' : 'Organization'] }) };
  }
  const places = r.places.map((p) => address(p, r.within));
  yield* places;
  const where = r.places.map((p) => p.name).join(', ');
  const who = r.actors.map((a) => `${a.name} (${a.role})`).join('; ');
  const range = r.date === null ? [] : r.date.length === 10 ? [r.date] : [];
  yield {
    id: id('event', r.reportId, r.eventId), schema: 'Event',
    properties: props({
      name: [`${r.type}${where ? ` in ${where}` : ''}${r.date ? `, ${r.date}` : ''}`],
      summary: [r.evidence],
      description: [who ? `${r.modality}; ${who}${r.count !== null ? `; ${r.count} people` : ''}` : r.modality],
      // FtM dates take any prefix of ISO 8601, so a month stays a month
      date: [r.date], startDate: range, endDate: range,
      location: r.places.map((p) => p.name),
      addressEntity: places.map((p) => p.id),
      country: [...new Set([...r.places, ...r.within].map((p) => country(p.country)))],
      involved: named.map((a) => id('actor', a.id)),
      organizer: named.filter((a) => a.role === 'agent').map((a) => id('actor', a.id)),
      proof: [article],
      sourceUrl: [r.url],
      publisher: [r.outlet],
      keywords: [r.type, r.caseId ? `case:${r.caseId}` : null],
    }),
  };
}

/** Entities as JSON lines; one already written in the last few thousand is not written again. */
export async function* ftm(records: AsyncIterable<ExportRecord>): AsyncGenerator<string> {
  const recent = new Set<string>();
  for await (const r of records) {
    let out = '';
    for (const e of entities(r)) {
      if (recent.has(e.id) && e.schema !== 'Event') continue;
      recent.add(e.id);
      // bounded: memory stays flat; an entity written again merges by id on import
      if (recent.size > 5000) recent.delete(recent.values().next().value!);
      out += `${JSON.stringify(e)}\n`;
    }
    yield out;
  }
}
