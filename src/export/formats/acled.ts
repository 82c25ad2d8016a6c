// An ACLED-style table: ACLED's column names, one row per event, Casefile's event
// types mapped to ACLED's event and sub-event types (README, "ACLED export").
// ACLED codes political violence and protest; most of what Casefile records are
// state acts against people, so they land in "Strategic developments" with the
// nearest sub-event type, and the Casefile type stays in `tags`.
import type { Readable } from 'node:stream';
import { finestPlace, type ExportRecord } from '../record.js';
import { table } from './spreadsheet.js';
import { mapRecords } from './stream.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

type Mapping = [disorder: string, event: string, sub: string];
const SD = 'Strategic developments';
const VAC: Mapping = ['Political violence', 'Violence against civilians', 'Attack'];
export const ACLED_TYPES: Record<string, Mapping> = {
  ARREST: [SD, SD, 'Arrests'],
  REPATRIATION: [SD, SD, 'Arrests'],
  PURSUIT: [SD, SD, 'Other'],
  DEFECTION: [SD, SD, 'Other'],
  PUNISHMENT: [SD, SD, 'Other'],
  COLLECTIVE_PUNISHMENT: [SD, SD, 'Other'],
  SURVEILLANCE: [SD, SD, 'Other'],
  SMUGGLING: [SD, SD, 'Other'],
  CORRUPTION: [SD, SD, 'Other'],
  FABRICATION: [SD, SD, 'Other'],
  INVESTIGATION: [SD, SD, 'Other'],
  DIRECTIVE: [SD, SD, 'Change to group/activity'],
  INCENTIVE: [SD, SD, 'Change to group/activity'],
  VIOLENCE: VAC,
  PROTEST: ['Demonstrations', 'Protests', 'Peaceful protest'],
};

/** ISO 3166 numeric codes and names of the countries the gazetteer places events in. */
const COUNTRIES: Record<string, [number, string]> = {
  KP: [408, 'North Korea'], KR: [410, 'South Korea'], CN: [156, 'China'], RU: [643, 'Russia'], JP: [392, 'Japan'],
  MN: [496, 'Mongolia'], VN: [704, 'Vietnam'], LA: [418, 'Laos'], TH: [764, 'Thailand'], KH: [116, 'Cambodia'],
};
const REGION: Record<string, string> = { KP: 'Eastern Asia', KR: 'Eastern Asia', CN: 'Eastern Asia', JP: 'Eastern Asia', MN: 'Eastern Asia', RU: 'Europe', VN: 'Southeast Asia', LA: 'Southeast Asia', TH: 'Southeast Asia', KH: 'Southeast Asia' };

/** ACLED's geo_precision: 1 the place itself, 2 part of a region, 3 a province or wider */
const GEO_PRECISION: Record<string, number> = { site: 1, city: 1, county: 2, province: 3, country: 3 };
/** ACLED's time_precision: 1 the day, 2 the week, 3 the month or wider */
const TIME_PRECISION: Record<string, number> = { day: 1, month: 3, year: 3 };
/** ACLED's inter codes: 1 state forces, 7 civilians */
const inter = (a: ExportRecord['actors'][number] | undefined) => (a === undefined ? 0 : a.kind === 'organization' ? 1 : 7);

/** ACLED's interaction: both inter codes, lower first; one actor alone is its code and 0 */
function interaction(a: number, b: number): number | '' {
  const codes = [a, b].filter((c) => c > 0).sort();
  return codes.length === 0 ? '' : codes.length === 1 ? codes[0] * 10 : Number(codes.join(''));
}

function row(r: ExportRecord, timestamp: number): (string | number | null)[] {
  const [disorder, event, sub] = ACLED_TYPES[r.type] ?? [SD, SD, 'Other'];
  const at = finestPlace(r);
  const around = [...r.places, ...r.within];
  const country = (at?.country ?? around.find((p) => p.country)?.country ?? null)?.toUpperCase() ?? null;
  const named = (level: string) => around.find((p) => p.level === level)?.name ?? '';
  const agents = r.actors.filter((a) => a.role === 'agent');
  const targets = r.actors.filter((a) => a.role === 'target');
  const [inter1, inter2] = [inter(agents[0]), inter(targets[0])];
  // ACLED dates an event to a day; a month or year is given as its first day, with time_precision 3
  const day = r.date === null ? '' : r.date.length === 4 ? `${r.date}-01-01` : r.date.length === 7 ? `${r.date}-01` : r.date;
  return [
    `${country ?? 'XX'}${r.reportId.slice(0, 8)}${r.eventId}`, day, r.date?.slice(0, 4) ?? '', TIME_PRECISION[r.datePrecision] ?? '',
    disorder, event, sub,
    agents[0]?.name ?? '', agents.slice(1).map((a) => a.name).join('; '), inter1 || '',
    targets[0]?.name ?? '', targets.slice(1).map((a) => a.name).join('; '), inter2 || '',
    interaction(inter1, inter2),
    r.type === 'VIOLENCE' && inter2 === 7 ? 'Civilian targeting' : '',
    country ? COUNTRIES[country]?.[0] ?? '' : '', country ? REGION[country] ?? '' : '', country ? COUNTRIES[country]?.[1] ?? country : '',
    named('province'), named('county'), '', at?.name ?? '', at?.lat ?? '', at?.lon ?? '', at ? GEO_PRECISION[at.level] ?? 3 : '',
    r.outlet ?? '', '', r.evidence, 0,
    [`casefile_type=${r.type}`, `modality=${r.modality}`, r.count !== null ? `people=${r.count}` : '', r.caseId ? `case=${r.caseId}` : ''].filter(Boolean).join('; '),
    timestamp,
  ];
}

export function acled(records: AsyncIterable<ExportRecord>): Readable {
  const timestamp = Math.floor(Date.now() / 1000);
  return table(mapRecords(records, (r) => row(r, timestamp)), ACLED_COLUMNS);
}
