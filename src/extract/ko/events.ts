// Korean events: trigger nouns and verb stems from knowledge/lexicon/ko/events.json found
// in each word's stem (체포됐다, 금괴밀수사건, 강제북송), their modality read off the
// ending and the words that follow (탈북하려다: attempted; 체포하지 않았다: not recorded;
// 처형설: rumoured; 하라는 지시: ordered), then placed, dated, counted and attributed
// from the sentence, else carried from the sentences before, and merged per type and
// place as the English events are.
import type { EventDate, EventType, Modality, Span } from '../../core/model.js';
import type { ActorMention, CountMention, DateMention, EventMention, PlaceMention, SourceMention, Stage } from '../doc.js';
import type { PlaceLookup } from '../events/where.js';
import type { KoLexicon, KoTrigger } from './lexicon.js';
import { eojeols, type Analyser, type Eojeol, type Morphemes } from './morph.js';
import { koreanSentences } from './script.js';

type Events = KoLexicon['events'];
type Morph = KoLexicon['morph'];

interface Hit {
  trigger: KoTrigger;
  word: number;
  /** offsets of the trigger in the text */
  start: number;
  end: number;
}

/** Triggers by the code of their first syllable (no one-letter string per position read), longest first, so a word is scanned once. */
function indexTriggers(lex: Events): Map<number, { word: string; trigger: KoTrigger }[]> {
  const byFirst = new Map<number, { word: string; trigger: KoTrigger }[]>();
  for (const trigger of lex.triggers) {
    for (const word of trigger.words) {
      const list = byFirst.get(word.charCodeAt(0)) ?? [];
      list.push({ word, trigger });
      byFirst.set(word.charCodeAt(0), list);
    }
  }
  // longest first; of one word, the trigger with a condition on what follows first, as the more specific reading
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length || Number(!!b.trigger.then) - Number(!!a.trigger.then));
  return byFirst;
}

function findHits(words: readonly Eojeol[], index: Map<number, { word: string; trigger: KoTrigger }[]>): Hit[] {
  const hits: Hit[] = [];
  for (let w = 0; w < words.length; w++) {
    const text = words[w].text;
    for (let p = 0; p < text.length; ) {
      const candidates = index.get(text.charCodeAt(p));
      let advanced = 1;
      if (candidates) {
        let taken = 0;
        let conditioned = '';
        for (const c of candidates) {
          if (taken && c.word.length < taken) break;
          if (!text.startsWith(c.word, p)) continue;
          // 단속됐다: caught (ARREST), so not also the crackdown (SURVEILLANCE) the bare word names
          if (c.word === conditioned && !c.trigger.then) continue;
          const rest = text.slice(p + c.word.length);
          if (c.trigger.then && !c.trigger.then.some((x) => rest.startsWith(x) || (x.includes(' ') && (rest + ' ' + (words[w + 1]?.text ?? '')).startsWith(x)))) continue;
          if (c.trigger.unlessThen?.some((x) => rest.startsWith(x))) continue;
          const before = p > 0 ? text.slice(0, p) : (words[w - 1]?.text ?? '');
          if (c.trigger.unlessBefore?.some((x) => before.endsWith(x))) continue;
          hits.push({ trigger: c.trigger, word: w, start: words[w].start + p, end: words[w].start + p + c.word.length });
          taken = c.word.length;
          if (c.trigger.then) conditioned = c.word;
        }
        if (taken) advanced = taken;
      }
      p += advanced;
    }
  }
  return hits;
}

const startsWithAny = (s: string, list: readonly string[]) => list.some((x) => s.startsWith(x));
const includesAny = (s: string, list: readonly string[]) => list.some((x) => s.includes(x));

/** how many words after a conjunct the middle dot may join (체포·구금·송환) */
const CONJUNCT_REACH = 3;

/** 체포·소환하기 위한: words joined by a middle dot share the ending of the last, which is read for all */
function lastConjunct(text: string, words: readonly Eojeol[], w: number): number {
  let k = w;
  while (k - w < CONJUNCT_REACH && words[k + 1]?.start === words[k].end + 1 && text[words[k].end] === '·') k++;
  return k;
}

/** how many words a noun's clause may run to the word that ends it */
const CLAUSE_REACH = 8;
/** the endings that close a clause (finite or connective), so what follows is another clause */
const CLAUSE_END = /(다|며|고|면서|지만|는데|으나|어서|아서|여서|니까|므로|면|자)$/;
/** 끌어갈 때, 체포된 후: a time noun closes the clause it ends */
const CLAUSE_TIME = /^(때|후|뒤|직후|이후|동안)(에|에는|에도|부터)?$/;

/**
 * The words after a trigger noun up to the end of its clause (정치범관리소에 종신 수용될 가능성이 크며):
 * the predicate that tells whether the noun happened may come several words later.
 */
function clauseAfter(text: string, words: readonly Eojeol[], w: number): string[] {
  const out: string[] = [];
  // 체포, 사형 유력: a comma or a stop right after the noun closes its clause
  if (/^[,.!?…]/.test(text.slice(words[w].end, words[w].end + 1))) return out;
  for (let k = w + 1; k < words.length && k <= w + CLAUSE_REACH; k++) {
    out.push(words[k].text);
    // a comma, a full stop or a quote closes the clause too
    if (CLAUSE_END.test(words[k].text) || CLAUSE_TIME.test(words[k].text) || /^[\s]*[,.!?"'”’]/.test(text.slice(words[k].end, words[k].end + 2))) break;
  }
  return out;
}

/** 있으면, 걸리면, 한다면: a verb's conditional ending (면 after an open syllable), not a noun in 면 (반면, 화면) */
function conditional(word: string, lex: Events): boolean {
  if (!word.endsWith('면') || word.length < 2 || lex.notConditional.some((n) => word.endsWith(n))) return false;
  return (word.charCodeAt(word.length - 2) - 0xac00) % 28 === 0;
}

/** 될, 할, 당할: the prospective adnominal, whose final consonant is ㄹ */
const prospective = (syllable: string) => syllable !== '' && (syllable.charCodeAt(syllable.length - 1) - 0xac00) % 28 === 8;

/** 처형될 수도 있다, 수용될 가능성이, 북송될 것으로 보인다: a possibility or a forecast, no event */
function foreseen(next: readonly string[], m: Morphemes, lex: Events): boolean {
  const phrases = next.map((w, i) => `${w} ${next[i + 1] ?? ''}`);
  if (phrases.some((p) => lex.possibility.some((x) => p.startsWith(x)))) return true;
  return prospective(m.light + m.ending) && m.particles.length === 0 && !!next[0]?.startsWith('것');
}

/** The modality of a hit from its word's ending and the next words, or null when no event is recorded. */
function modalityOf(text: string, words: readonly Eojeol[], hit: Hit, own: Morphemes, lex: Events, morph: Morph, an: Analyser): Modality | null {
  const word = words[hit.word].text;
  const rest = word.slice(hit.end - words[hit.word].start);
  const last = lastConjunct(text, words, hit.word);
  const m = last === hit.word ? own : an.analyse(words[last].text);
  const next = words.slice(last + 1, last + 4).map((w) => w.text);
  // a noun (체포, 정치범수용소에) is told by its clause's predicate, a verb (체포됐다) by its own ending
  const clause = m.light ? next : clauseAfter(text, words, last);
  // 처벌을 받지 않았다, 처벌은 없었다: the noun's predicate negated
  if (!m.light && clause.some((w, i) => (w.endsWith('지') ? startsWithAny(clause[i + 1] ?? '', morph.negators) : i === 0 && startsWithAny(w, morph.negators)))) return null;
  // 비호를 받는 대상일 가능성이 크다, 북송위기, 사형 유력: the source's guess, the risk or likelihood of the act records nothing
  if (foreseen(clause, m, lex) || startsWithAny(rest, lex.speculation) || clause.some((w) => startsWithAny(w, lex.speculation))) return null;
  // 탈북하다 걸리면, 밀수를 하면: the act is the condition of a rule, not something done (what the rule does may be a habit)
  if (conditional(m.light ? words[last].text : clause[clause.length - 1] ?? '', lex)) return null;
  // 수용소를 건설, 관리소에는 수감시설이 있다: a camp named as a place tells no one sent there
  if (includesAny(word, lex.facilities) && !rest.endsWith('행') && !clauseAfter(text, words, hit.word).some((w) => startsWithAny(w, lex.sentTo) && !includesAny(w, lex.facilities))) return null;
  // 체포하지 않았다, 체포되지 못했다: negated; 탈북을 막기 위해: prevention, nothing happened
  if (m.ending.endsWith('지') && next[0] && startsWithAny(next[0], morph.negators)) return null;
  if (next.slice(0, 2).some((w) => lex.hypothetical.some((h) => w.startsWith(h))) || lex.hypothetical.some((h) => rest.endsWith(h))) return null;
  if (namesCategory(words, hit, rest, next)) return null;
  if (lex.rumourTails.some((t) => rest.startsWith(t))) return 'rumoured';
  if (morph.attemptEndings.some((e) => m.ending.startsWith(e)) || includesAny(rest, lex.attempt) || next.slice(0, 2).some((w) => startsWithAny(w, lex.attempt))) return 'attempted';
  if (next.slice(0, 2).some((w) => startsWithAny(w, lex.planned))) return 'planned';
  if (morph.orderEndings.some((e) => m.ending.startsWith(e)) && hit.trigger.type !== 'DIRECTIVE') return 'ordered';
  // 처형했다는 소문: a rumour
  if (next.slice(0, 3).some((w) => startsWithAny(w, lex.rumour))) return 'rumoured';
  return 'asserted';
}

/** how many words before a listed act its list's head (검열대상은 ...) may be */
const LIST_REACH = 8;

/**
 * 처벌 대상, 단속대상이 된다, 검열대상은 ... 밀수 등: the act names a category of conduct
 * or people a campaign aims at, not something that happened.
 */
function namesCategory(words: readonly Eojeol[], hit: Hit, rest: string, next: readonly string[]): boolean {
  if (rest.startsWith('대상') || next[0]?.startsWith('대상')) return true;
  if (!rest.startsWith('등') && !(rest === '' && next[0]?.startsWith('등'))) return false;
  for (let w = hit.word - 1; w >= Math.max(0, hit.word - LIST_REACH); w--) {
    const text = words[w].text;
    if (/[.!?]$/.test(text)) return false;
    if (/대상(은|는|으로|이)/.test(text)) return true;
  }
  return false;
}

/** 체포하기 위해, 검거를 위한, 체포에 나섰다: the act is what the sentence's actors work towards */
function forPurpose(words: readonly Eojeol[], w: number, m: Morphemes, lex: Events): boolean {
  const next = words[w + 1]?.text;
  if (!next) return false;
  // 체포하러, 잡으러 (가다): going to catch; 체포에 나섰다: set out to catch
  if (m.ending.endsWith('러') || (m.particles.includes('에') && startsWithAny(next, lex.undertake))) return true;
  return (m.ending.endsWith('기') || m.particles.includes('을') || m.particles.includes('를')) && startsWithAny(next, lex.purpose);
}

const isFamilyWord = (w: Eojeol | undefined, an: Analyser, lex: Events) => !!w && lex.family.includes(an.analyse(w.text).stem.replace(/들$/, ''));

function inSentence<T extends { span: Span }>(items: readonly T[], s: Span): T[] {
  return items.filter((x) => x.span.start >= s.start && x.span.end <= s.end);
}

export interface KoEventContext {
  lookup: PlaceLookup;
}

/** how many words before a border crossing its smugglers may be named */
const SMUGGLER_REACH = 4;
/** how many words after a defector noun the arrest or return that makes it a defection may come */
const WITH_REACH = 5;
/** how many words before a punishment its relatives may be named (친인척들을 정치범수용소로 대거 강제 이송) */
const FAMILY_REACH = 6;

const MODALITY_RANK: Record<Modality, number> = { asserted: 0, ordered: 1, attempted: 2, planned: 3, rumoured: 4, negated: 5 };

/** The finer of two dates: a day beats a month beats a year. */
function finerDate(a: EventDate, b: EventDate): EventDate {
  const rank = { day: 3, month: 2, year: 1, unknown: 0 } as const;
  return rank[b.precision] > rank[a.precision] ? b : a;
}

/** Whether one place is, or contains, the other. */
function related(a: string, b: string, lookup: PlaceLookup): boolean {
  return a === b || !!lookup(a)?.ancestors.includes(b) || !!lookup(b)?.ancestors.includes(a);
}

/**
 * Mentions of one type merge when their places are one or nest; the finer place is kept.
 * A type told as one journey (reportScope) is one event, at the first place a sentence gave it.
 */
function merge(mentions: EventMention[], local: ReadonlySet<EventMention>, reportScope: ReadonlySet<EventType>, lookup: PlaceLookup): EventMention[] {
  const out: EventMention[] = [];
  for (const e of mentions) {
    const whole = reportScope.has(e.type);
    const same = out.find((o) => o.type === e.type && (whole || o.placeIds.length === 0 || e.placeIds.length === 0 || related(o.placeIds[0], e.placeIds[0], lookup)));
    if (!same) {
      out.push(e);
      continue;
    }
    if (whole) {
      if (!local.has(same) && local.has(e)) same.placeIds = e.placeIds;
    } else if (e.placeIds.length && (!same.placeIds.length || lookup(e.placeIds[0])?.ancestors.includes(same.placeIds[0]))) same.placeIds = e.placeIds;
    if (local.has(e)) (local as Set<EventMention>).add(same);
    same.date = finerDate(same.date, e.date);
    if (MODALITY_RANK[e.modality] < MODALITY_RANK[same.modality]) same.modality = e.modality;
    for (const k of e.sourceKeys) if (!same.sourceKeys.includes(k)) same.sourceKeys.push(k);
    for (const p of e.participants) if (!same.participants.some((q) => q.actorIndex === p.actorIndex && q.role === p.role)) same.participants.push(p);
    same.count = Math.max(same.count ?? 0, e.count ?? 0) || null;
  }
  return out;
}

interface Scene {
  /** the place the narrative is at, carried from sentence to sentence */
  place: string | null;
  source: string | null;
}

/** Words after a place that make it no scene: where goods or people went (중국으로), came from (중국산, 회령 출신), or where someone lives (중국에 사는). */
const DESTINATION_TAILS = ['으로', '로', '행', '쪽'];
const ORIGIN_TAILS = ['산', '출신'];
const RESIDENCE_NEXT = ['사는', '살고', '살던', '거주', '출신'];
const MOVING = new Set<EventType>(['SMUGGLING', 'DEFECTION', 'REPATRIATION']);

type PlaceUse = 'scene' | 'destination' | 'other';

function useOf(text: string, p: PlaceMention, words: readonly Eojeol[]): PlaceUse {
  const w = words.findIndex((x) => x.start <= p.span.start && x.end >= p.span.end);
  if (w < 0) return 'scene';
  const tail = text.slice(p.span.end, words[w].end).replace(/^[시군도구]/, '');
  if (ORIGIN_TAILS.some((t) => tail.startsWith(t))) return 'other';
  if (DESTINATION_TAILS.some((t) => tail.startsWith(t))) return 'destination';
  // 중국에 사는, 한국과 중국에 사는: where people live, the place or the list it heads
  const reach = /^[과와]$|^및$/.test(tail) ? 3 : 1;
  for (const x of words.slice(w + 1, w + 1 + reach)) if (RESIDENCE_NEXT.some((t) => x.text.startsWith(t))) return 'other';
  return 'scene';
}

interface SentencePlace { p: PlaceMention; use: PlaceUse }

function sentencePlaces(text: string, places: readonly PlaceMention[], sources: readonly SourceMention[], words: readonly Eojeol[]): SentencePlace[] {
  const out: SentencePlace[] = [];
  for (const p of places) {
    if (p.metonymy) continue;
    // a source's location (양강도 소식통) is where the source is, not where it happened; nor is an outlet's country (미국 자유아시아방송)
    if (sources.some((s) => (s.span.start <= p.span.start && s.span.end >= p.span.end) || (s.span.start > p.span.end && /^\s*$/.test(text.slice(p.span.end, s.span.start))))) continue;
    out.push({ p, use: useOf(text, p, words) });
  }
  return out;
}

/**
 * The event's place in its sentence: the nearest scene before the trigger, a destination for movement, else a scene
 * after it. What the state does at home (an inspection, a sentence, an order) only takes a North Korean place.
 */
function placeFor(all: readonly SentencePlace[], at: number, type: EventType, domestic: ReadonlySet<EventType>, lookup: PlaceLookup): PlaceMention | undefined {
  const places = domestic.has(type) ? all.filter((x) => inNorthKorea(x.p.placeId, lookup)) : all;
  let before: PlaceMention | undefined;
  for (const x of places) if (x.use === 'scene' && x.p.span.start < at) before = x.p;
  if (before) return before;
  if (MOVING.has(type)) {
    const dest = places.find((x) => x.use === 'destination');
    if (dest) return dest.p;
  }
  return places.find((x) => x.use === 'scene')?.p;
}

const inNorthKorea = (id: string, lookup: PlaceLookup) => id === 'KP' || lookup(id)?.country === 'KP';

const lastScene = (places: readonly SentencePlace[]) => places.filter((x) => x.use === 'scene').pop()?.p;

export function createKoreanEventsStage(lex: Events, morph: Morph, an: Analyser, ctx: KoEventContext): Stage {
  const index = indexTriggers(lex);
  const familyTypes = new Set(lex.familyTypes);
  const domestic = new Set(lex.domestic);
  const reportScope = new Set(lex.reportScope);
  return {
    name: 'ko-events',
    requires: ['sentences', 'places', 'actors', 'dates', 'counts', 'sources', 'events'],
    assigns: ['events'],
    run(doc) {
      const L = doc.layers;
      const korean = koreanSentences(doc.text, L.sentences!);
      if (!korean.length) return;
      const found: EventMention[] = [];
      const local = new Set<EventMention>();
      // before any sentence places an event, the report's first place is its setting (the headline's town)
      const analysed = korean.map(({ span }) => {
        const words = eojeols(doc.text, span);
        const sources = inSentence(L.sources!, span);
        return { span, words, sources, places: sentencePlaces(doc.text, inSentence(L.places!, span), sources, words) };
      });
      const first = analysed.map((x) => lastScene(x.places)).find(Boolean);
      const scene: Scene = { place: first?.placeId ?? null, source: null };
      for (const { span, words, sources, places } of analysed) {
        const hits = findHits(words, index);
        const dates = inSentence<DateMention>(L.dates!, span).filter((d) => d.use === 'event');
        const counts = inSentence<CountMention>(L.counts!, span);
        const actors: number[] = [];
        L.actors!.forEach((a: ActorMention, i) => { if (a.kind === 'organization' && a.span.start >= span.start && a.span.end <= span.end) actors.push(i); });
        if (sources.length) scene.source = sources[sources.length - 1].key;
        const plain = hits.filter((h) => !h.trigger.withTypes);
        const sentenceStart = found.length;
        for (const hit of hits) {
          // 국경경비대, 국가정보원: a trigger inside an organisation's name is no event
          if (L.actors!.some((a) => a.kind === 'organization' && a.span.start <= hit.start && a.span.end >= hit.end)) continue;
          // 탈북민 30여명 ... 체포돼: a defector counts as a defection only when the next words catch or return them
          if (hit.trigger.withTypes && !plain.some((h) => h.word > hit.word && h.word <= hit.word + WITH_REACH && hit.trigger.withTypes!.includes(h.trigger.type))) continue;
          // 탈북 가족, 탈북자 가족: a defection named only to say whose family it is
          if (hit.trigger.type === 'DEFECTION' && isFamilyWord(words[hit.word + 1], an, lex)) continue;
          const m = an.analyse(words[hit.word].text);
          let modality = modalityOf(doc.text, words, hit, m, lex, morph, an);
          if (!modality) continue;
          let type = hit.trigger.type;
          // 옌지로 송환됐다: a transfer to a place outside North Korea is no return to it
          if (type === 'REPATRIATION' && places.some((x) => x.use === 'destination' && x.p.span.end <= hit.start && x.p.span.start >= (words[hit.word - 1]?.start ?? hit.start) && !inNorthKorea(x.p.placeId, ctx.lookup))) continue;
          // 밀수꾼 7명 중 중국에 월경했던 3명: smugglers crossing the border are on a smuggling run, not defecting
          if (type === 'DEFECTION' && lex.crossing.some((c) => words[hit.word].text.startsWith(c, hit.start - words[hit.word].start)) && words.slice(Math.max(0, hit.word - SMUGGLER_REACH), hit.word).some((w) => startsWithAny(an.analyse(w.text).stem, lex.smugglers))) type = 'SMUGGLING';
          // 체포하려다, 체포하기 위해 파견: working to capture someone is a pursuit; an arrest needs a detention
          const last = lastConjunct(doc.text, words, hit.word);
          if (type === 'ARREST' && (modality === 'attempted' || modality === 'planned' || forPurpose(words, last, last === hit.word ? m : an.analyse(words[last].text), lex))) {
            type = 'PURSUIT';
            modality = 'asserted';
          }
          const inSentencePlace = placeFor(places, hit.start, type, domestic, ctx.lookup);
          // 숙청된 군간부의 고향은 평성시로: an act named to point at its people, with no place before it, is the one told
          const pointing = !!inSentencePlace && inSentencePlace.span.start > hit.start && m.light !== '' && m.ending === '' && !m.particles.length && /[된한은]$/.test(m.light) && !words[hit.word + 1]?.text.startsWith('것') && found.some((e) => e.type === type);
          const place = pointing ? undefined : inSentencePlace;
          // an event its sentence does not place joins one of its type already told, else takes the scene
          const told = place ? undefined : found.find((e) => e.type === type);
          const carried = domestic.has(type) && (!scene.place || !inNorthKorea(scene.place, ctx.lookup)) ? 'KP' : scene.place;
          const placeId = place?.placeId ?? told?.placeIds[0] ?? carried;
          const date = dates.reduce<DateMention | undefined>((best, d) => (!best || Math.abs(d.span.start - hit.start) < Math.abs(best.span.start - hit.start) ? d : best), undefined);
          const count = counts.filter((c) => c.span.start < hit.start).pop() ?? counts[0];
          const event: EventMention = {
            type,
            modality,
            trigger: { start: hit.start, end: hit.end },
            evidence: span,
            date: date?.date ?? { value: null, precision: 'unknown' },
            placeIds: placeId ? [placeId] : [],
            participants: actors.map((actorIndex) => ({ actorIndex, role: 'agent' as const })),
            count: count?.value ?? null,
            sourceKeys: scene.source ? [scene.source] : [],
          };
          found.push(event);
          if (place) local.add(event);
          // 가족들까지 추방: relatives punished for another's act
          if (familyTypes.has(type) && !plain.some((h) => h.trigger.type === 'DEFECTION')) {
            // 친인척, 가족들까지, 그의 가족: the relatives of someone else, by the word itself, by 까지/도, or by a
            // person's genitive before them (회령시의 일가족 are a town's family, who may have acted themselves)
            const from = Math.max(0, hit.word - FAMILY_REACH);
            const reach = words.slice(from, hit.word + 1);
            const others = (k: number) => {
              const m = an.analyse(words[k].text);
              const stem = m.stem.replace(/들$/, '');
              if (!lex.family.includes(stem)) return false;
              if (lex.relatives.includes(stem) || m.particles.some((x) => lex.familyMarks.includes(x))) return true;
              const owner = words[k - 1];
              // 탈북자 가족, 탈북 가족: the relatives of a defector
              if (owner && hits.some((h) => h.word === k - 1 && h.trigger.type === 'DEFECTION')) return true;
              return !!owner && owner.text.endsWith('의') && !L.places!.some((p) => p.span.start >= owner.start && p.span.end <= owner.end);
            };
            if (reach.some((_, j) => others(from + j))) found.push({ ...event, type: 'COLLECTIVE_PUNISHMENT', participants: [...event.participants], sourceKeys: [...event.sourceKeys] });
          }
        }
        // the narrative moves where this sentence's own events happened
        const placed = found.slice(sentenceStart).find((e) => e.placeIds.length && places.some((x) => x.p.placeId === e.placeIds[0]));
        if (placed) scene.place = placed.placeIds[0];
      }
      L.events = [...L.events!, ...merge(found, local, reportScope, ctx.lookup)];
    },
  };
}
