// The Korean word lists, as data in knowledge/lexicon/ko/ (morph.json, events.json,
// sources.json, time.json); a user's <dataDir>/knowledge/lexicon/ko/ files of the same
// names add to them. Loaded once per extractor, like the English lexicons.
import { join } from 'node:path';
import { z } from 'zod';
import { EventType, SourceKind } from '../../core/model.js';
import { cachedLexicon, readLexiconFile } from '../lexicon-file.js';

const words = z.array(z.string().min(1)).default([]);
const numbers = z.record(z.string(), z.number()).default({});

const MorphSchema = z.object({
  particles: words, lightVerbs: words, completeLightVerbs: words, endings: words,
  attemptEndings: words, orderEndings: words, negators: words,
}).strict();

const TriggerSchema = z.object({
  type: EventType,
  words: z.array(z.string().min(1)).min(1),
  /** the rest of the word must start with one of these (단속|되다: caught, not a crackdown) */
  then: z.array(z.string()).optional(),
  /** the rest of the word must not start with one of these (탈북|민: a defector, not a defection) */
  unlessThen: z.array(z.string()).optional(),
  /** the text just before the trigger, in its word or the word before, must not end with one of these (송금브로커: no smuggler) */
  unlessBefore: z.array(z.string()).optional(),
  /** counts only in a sentence that also tells one of these types (탈북민 ... 체포) */
  withTypes: z.array(EventType).optional(),
}).strict();

const EventsSchema = z.object({
  triggers: z.array(TriggerSchema).default([]),
  family: words, relatives: words, familyMarks: words, familyTypes: z.array(EventType).default([]),
  /** what the North Korean state does at home: placed in North Korea when the sentence also names a foreign place */
  domestic: z.array(EventType).default([]),
  /** one journey told across many places: every mention of the type in a report is one event */
  reportScope: z.array(EventType).default([]),
  attempt: words, planned: words, rumour: words, speculation: words,
  /** 수 있다, 용이해졌다: words that make the act before them a possibility */
  possibility: words,
  /** 반면, 화면: nouns ending in 면 that are no conditional verb */
  notConditional: words,
  /** 관리소, 수용소: places of punishment, which tell a punishment only with someone sent or held there (sentTo) */
  facilities: words, sentTo: words,
  /** 월경, 도강: a border crossing, which smugglers (smugglers) make on a smuggling run */
  crossing: words, smugglers: words, rumourTails: words, hypothetical: words, reportedSpeech: words,
  /** 체포하기 위해: what an act is for, not the act */
  purpose: words,
  /** 나서다, 착수하다: setting out on an act, not yet done */
  undertake: words,
}).strict();

const SourcesSchema = z.object({
  nouns: z.record(z.string(), SourceKind).default({}),
  qualifiers: words, distinct: words, backReference: words, according: words, outsideNK: words,
  /** titles that make a speaker a source (대표는 ... 말했다), with the kind of source */
  speakers: z.record(z.string(), SourceKind).default({}),
  /** the verbs of saying that end a speaker's sentence */
  speechVerbs: words,
  /** 사는, 있는: a place before them with 에 is where the source lives */
  residence: words,
}).strict();

const PeopleSchema = z.object({
  surnames: words, titles: words, withheld: words, notNames: words, kin: words, lineage: words,
}).strict();

const TimeSchema = z.object({
  monthOffsets: numbers, yearOffsets: numbers, dayOffsets: numbers, monthParts: words, speechMarks: words,
  /** verbs of telling: right after a day, the day is when the report was told */
  speechVerbs: words,
  peopleUnits: words, approximate: numbers, about: words,
}).strict();

export type KoTrigger = z.infer<typeof TriggerSchema>;
type Morph = z.infer<typeof MorphSchema>;
type Events = z.infer<typeof EventsSchema>;
type Sources = z.infer<typeof SourcesSchema>;
type Time = z.infer<typeof TimeSchema>;

export interface KoLexicon {
  morph: { [K in keyof Morph]: string[] };
  events: Omit<Events, 'triggers'> & { triggers: KoTrigger[] };
  sources: Omit<Sources, 'nouns' | 'speakers'> & { nouns: Map<string, z.infer<typeof SourceKind>>; speakers: Map<string, z.infer<typeof SourceKind>> };
  people: z.infer<typeof PeopleSchema>;
  time: { monthOffsets: Map<string, number>; yearOffsets: Map<string, number>; dayOffsets: Map<string, number>; approximate: Map<string, number> } & Pick<Time, 'monthParts' | 'speechMarks' | 'speechVerbs' | 'peopleUnits' | 'about'>;
}

function merge<T extends Record<string, unknown>>(into: T, add: T): void {
  for (const [k, v] of Object.entries(add) as [keyof T, unknown][]) {
    if (Array.isArray(v)) (into[k] as unknown[]).push(...v);
    else if (v && typeof v === 'object') Object.assign(into[k] as object, v);
  }
}

/** Merges the files of each folder's ko/ subfolder in order. */
export function buildKoLexicon(dirs: readonly string[]): KoLexicon {
  const morph = MorphSchema.parse({});
  const events = EventsSchema.parse({});
  const sources = SourcesSchema.parse({});
  const time = TimeSchema.parse({});
  const people = PeopleSchema.parse({});
  for (const dir of dirs) {
    const ko = join(dir, 'ko');
    const m = readLexiconFile(join(ko, 'morph.json'), MorphSchema);
    if (m) merge(morph, m);
    const e = readLexiconFile(join(ko, 'events.json'), EventsSchema);
    if (e) merge(events, e);
    const s = readLexiconFile(join(ko, 'sources.json'), SourcesSchema);
    if (s) merge(sources, s);
    const t = readLexiconFile(join(ko, 'time.json'), TimeSchema);
    if (t) merge(time, t);
    const p = readLexiconFile(join(ko, 'people.json'), PeopleSchema);
    if (p) merge(people, p);
  }
  return {
    morph,
    events,
    people,
    sources: { ...sources, nouns: new Map(Object.entries(sources.nouns)), speakers: new Map(Object.entries(sources.speakers)) },
    time: {
      ...time,
      monthOffsets: new Map(Object.entries(time.monthOffsets)),
      yearOffsets: new Map(Object.entries(time.yearOffsets)),
      dayOffsets: new Map(Object.entries(time.dayOffsets)),
      approximate: new Map(Object.entries(time.approximate)),
    },
  };
}

export const loadKoLexicon = cachedLexicon(buildKoLexicon);
