// Who the outlet says told it: each attribution outside quotation marks becomes a source
// mention. An indefinite phrase ("a source", "another source", "a separate source")
// opens a new source; a definite one ("the source", "the North Pyongan source", "the
// first resident") and a pronoun ("he added") point back to an earlier one. Officials
// and organisations quoted by name, state media and other outlets count; the report's
// own outlet does not.
import type { PlaceLevel, SourceKind } from '../../core/model.js';
import type { ActorMention, PlaceMention, SourceMention } from '../doc.js';
import type { Tokens } from '../tokens.js';
import { tokenAt } from '../tokens.js';
import { phraseAfter, subjectBefore, type Phrase } from './attribution.js';
import type { SourceLexicon } from './lexicon.js';

export interface OutletName {
  id: string;
  /** the state's own media (KCNA): cited as state media, not as an outlet */
  stateMedia: boolean;
  /** names as word sequences, lower case */
  words: string[][];
}

/** Outlet names indexed by their first word, so the text is scanned once. */
export type OutletIndex = ReadonlyMap<string, readonly { id: string; words: readonly string[]; stateMedia: boolean }[]>;

export function indexOutlets(outlets: readonly OutletName[]): OutletIndex {
  const index = new Map<string, { id: string; words: string[]; stateMedia: boolean }[]>();
  for (const o of outlets) {
    for (const words of o.words) {
      const entry = { id: o.id, words, stateMedia: o.stateMedia };
      const list = index.get(words[0]);
      if (list) list.push(entry);
      else index.set(words[0], [entry]);
    }
  }
  return index;
}

export interface SourceInputs {
  text: string;
  t: Tokens;
  quoted: Uint8Array;
  sentences: readonly { start: number; end: number }[];
  places: readonly PlaceMention[];
  actors: readonly ActorMention[];
  /** id of the report's own outlet, when known */
  ownOutlet: string | null;
  outlets: OutletIndex;
}

interface Known {
  key: string;
  head: string;
  descriptor: string;
  distinct: boolean;
  orgLike: boolean;
  org: string | null;
  nameWords: string[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const SAME = new Set(['same', 'aforementioned', 'said']);

export const foldOutlet = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

const bare = (w: string) => (w.endsWith("'s") ? w.slice(0, -2) : w);

/** Whether the words start at token i; "RFA's" matches "rfa". */
function seqAt(t: Tokens, i: number, words: readonly string[], last: number): boolean {
  if (i + words.length - 1 > last) return false;
  for (let k = 0; k < words.length; k++) if (t.lower[i + k] !== words[k] && bare(t.lower[i + k]) !== words[k]) return false;
  return true;
}

/** People the outlet's informants talk to: "told reporters", "told lawmakers". */
const PUBLIC = new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'media', 'press', 'parliament', 'correspondents']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

export function scanSources(inp: SourceInputs, lex: SourceLexicon): SourceMention[] {
  const { t, quoted } = inp;
  const out: SourceMention[] = [];
  const known: Known[] = [];
  let fresh = 0;

  const spanOf = (p: Phrase) => ({ start: t.start[p.first], end: t.end[p.last] });
  const actorsIn = (p: Phrase) => inp.actors.filter((a) => a.span.start >= t.start[p.first] && a.span.end <= t.end[p.last]);
  // plain loops, not find/some with closures: these run per token, and a closure over
  // their arguments would cost an allocation on every call
  const outletAt = (i: number, last: number) => {
    const w = t.lower[i];
    const list = inp.outlets.get(w) ?? (w.endsWith("'s") ? inp.outlets.get(bare(w)) : undefined);
    if (list) for (const o of list) if (seqAt(t, i, o.words, last)) return o;
    return undefined;
  };
  /** A verb of speaking inside the story ("was told to keep quiet", "told them", "reported to the authorities"), not to the outlet. */
  const inStory = (v: number) => {
    if (PASSIVE.has(t.lower[v - 1] ?? '')) return true;
    const next = t.lower[v + 1] ?? '';
    if (t.lower[v] === 'reported' && next === 'to') return true;
    if (!/^(?:told|tell|tells)$/.test(t.lower[v])) return false;
    if (outletAt(v + 1, t.length - 1) || PUBLIC.has(next) || (next === 'the' && PUBLIC.has(t.lower[v + 2] ?? ''))) return false;
    return true;
  };
  const outletIn = (p: Phrase) => {
    for (let i = p.first; i <= p.last; i++) {
      const o = outletAt(i, p.last);
      if (o) return o;
    }
    return null;
  };
  const stateMediaIn = (p: Phrase) => {
    for (let i = p.first; i <= p.last; i++) for (const w of lex.stateMedia) if (seqAt(t, i, w, p.last)) return true;
    return false;
  };
  const nounAt = (i: number): { word: string; plural: boolean } | null => {
    const w = t.lower[i];
    const base = w.endsWith("'s") ? w.slice(0, -2) : w;
    if (lex.nouns.has(base)) return { word: base, plural: false };
    const one = singular(base);
    return one !== base && lex.nouns.has(one) ? { word: one, plural: true } : null;
  };
  const headOf = (p: Phrase): { index: number; word: string; plural: boolean } | null => {
    let depth = 0;
    for (let i = p.first; i <= p.last; i++) {
      const w = t.lower[i];
      if (w === '(') depth++;
      else if (w === ')') depth--;
      if (depth > 0 || w === 'who' || w === 'which') { if (w === 'who' || w === 'which') break; continue; }
      const noun = nounAt(i);
      if (!noun) continue;
      // "a government official", "a police officer": the last noun of the group is the head
      let k = i;
      while (k < p.last && nounAt(k + 1)) k++;
      return { index: k, ...nounAt(k)! };
    }
    return null;
  };
  const isName = (p: Phrase) => {
    if (p.last - p.first > 3) return false;
    for (let i = p.first; i <= p.last; i++) if (!t.upper[i] || lex.nouns.has(singular(t.lower[i])) || DEFINITE.has(t.lower[i])) return false;
    return true;
  };
  const anchored = (p: Phrase) =>
    (p.first === p.last && PRONOUNS.has(t.lower[p.first])) || headOf(p) !== null || actorsIn(p).some((a) => a.kind !== 'role') || outletIn(p) !== null || isName(p);

  /** The location a descriptor states: a place after "in"/"of"/"based in" in the head part, else any place in it, else one in its relative clause, else "in the province" resolved to the last province named. */
  const locate = (p: Phrase): PlaceMention | null => {
    const from = t.start[p.first];
    const to = t.end[p.last];
    let relAt = to;
    for (let i = p.first; i <= p.last; i++) if (t.lower[i] === 'who' || t.lower[i] === 'which') { relAt = t.start[i]; break; }
    const inside = inp.places.filter((m) => m.span.start >= from && m.span.end <= to && !m.metonymy);
    const head = inside.filter((m) => m.span.start < relAt);
    const locative = head.find((m) => {
      const k = tokenAt(t, m.span.start);
      return lex.locatives.has(t.lower[k - 1] ?? '') || (t.lower[k - 1] === 'the' && lex.locatives.has(t.lower[k - 2] ?? ''));
    });
    if (locative) return locative;
    if (head.length) return head[0];
    const rel = inside.filter((m) => m.span.start >= relAt);
    if (rel.length) return rel[rel.length - 1];
    for (let i = p.first + 1; i <= p.last; i++) {
      const level = lex.levelWords.get(t.lower[i]);
      if (!level || t.lower[i - 1] !== 'the' || !lex.locatives.has(t.lower[i - 2] ?? '')) continue;
      const accept = (l: PlaceLevel) => l === level || (level === 'city' && l === 'county') || (level === 'county' && l === 'city');
      const before = inp.places.filter((m) => m.span.end <= from && !m.metonymy && accept(m.level));
      if (before.length) return before[before.length - 1];
    }
    return null;
  };

  const add = (p: Phrase, key: string, kind: SourceKind, located: boolean) => {
    const loc = located ? locate(p) : null;
    out.push({ span: spanOf(p), key, descriptor: inp.text.slice(t.start[p.first], t.end[p.last]), location: loc?.name ?? null, placeId: loc?.placeId ?? null, kind });
  };
  const open = (p: Phrase, info: Omit<Known, 'key' | 'descriptor'>, kind: SourceKind) => {
    const key = info.org ? `org:${info.org}` : `s${++fresh}`;
    known.push({ key, descriptor: inp.text.slice(t.start[p.first], t.end[p.last]).toLowerCase(), ...info });
    add(p, key, kind, true);
  };
  const refer = (p: Phrase, k: Known, kind: SourceKind) => add(p, k.key, kind, false);

  function resolve(p: Phrase): void {
    if (p.first === p.last && PRONOUNS.has(t.lower[p.first])) {
      const last = out[out.length - 1];
      if (last) out.push({ span: spanOf(p), key: last.key, descriptor: inp.text.slice(t.start[p.first], t.end[p.last]), location: null, placeId: null, kind: last.kind });
      return;
    }
    const head = headOf(p);
    if (head?.plural) return;
    const outlet = head ? null : outletIn(p);
    if (outlet) {
      if (outlet.id === own) return;
      const kind = outlet.stateMedia ? 'state_media' : 'outlet';
      const prior = known.find((k) => k.key === `outlet:${outlet.id}`);
      if (prior) return refer(p, prior, kind);
      known.push({ key: `outlet:${outlet.id}`, head: 'outlet', descriptor: outlet.id, distinct: false, orgLike: false, org: null, nameWords: [] });
      return add(p, `outlet:${outlet.id}`, kind, true);
    }
    const named = actorsIn(p).filter((a) => a.kind !== 'role');
    const org = named.find((a) => a.kind === 'organization' && a.canonId);
    const person = named.find((a) => a.kind === 'person');
    const stateMedia = stateMediaIn(p);
    if (org?.canonId) {
      const prior = known.find((k) => k.org === org.canonId) ?? known.find((k) => k.orgLike && !k.org && head?.word === k.head);
      if (prior) {
        prior.org ??= org.canonId;
        return refer(p, prior, stateMedia ? 'state_media' : 'official');
      }
      return open(p, { head: head?.word ?? 'organization', distinct: false, orgLike: true, org: org.canonId, nameWords: [] }, stateMedia ? 'state_media' : 'official');
    }
    if (person || (!head && isName(p))) {
      const words = person ? person.name.toLowerCase().split(/[\s-]+/) : t.lower.slice(p.first, p.last + 1);
      const prior = known.find((k) => k.nameWords.length && words.every((w) => k.nameWords.includes(w)));
      if (prior) return refer(p, prior, 'other');
      if (!person && p.first === p.last) return;
      return open(p, { head: 'person', distinct: false, orgLike: false, org: null, nameWords: words }, stateMedia ? 'state_media' : 'other');
    }
    if (!head) return;
    const kind: SourceKind = stateMedia ? 'state_media' : lex.nouns.get(head.word)!;
    const det = t.lower[p.first];
    const mods = t.lower.slice(p.first + 1, head.index).filter((w) => !INDEFINITE.has(w) && !DEFINITE.has(w));
    const distinct = mods.some((w) => lex.distinct.has(w));
    const info = { head: head.word, distinct, orgLike: lex.orgLike.has(head.word), org: null, nameWords: [] as string[] };
    if (!DEFINITE.has(det)) return open(p, info, kind);
    const sameHead = known.filter((k) => k.head === head.word);
    let prior: Known | undefined;
    if (mods.some((w) => lex.first.has(w))) prior = sameHead[0] ?? known[0];
    else if (distinct) prior = [...sameHead].reverse().find((k) => k.distinct) ?? sameHead[1] ?? [...known].reverse().find((k) => k.distinct);
    else {
      const specific = mods.filter((w) => !SAME.has(w) && !lex.distinct.has(w));
      if (specific.length) prior = [...known].reverse().find((k) => specific.every((w) => k.descriptor.includes(w)));
      // "the statement said": a document speaks for whoever issued it
      prior ??= sameHead[sameHead.length - 1] ?? (kind === 'document' || head.word === 'source' ? known[known.length - 1] : undefined);
    }
    if (prior) return refer(p, prior, kind);
    open(p, info, kind);
  }

  // a report that does not say whose it is belongs to the outlet its sources talk to ("told Daily NK")
  let own = inp.ownOutlet;
  for (let v = 0; own === null && v < t.length - 1; v++) {
    if (t.lower[v] === 'told' || t.lower[v] === 'tells') own = outletAt(v + 1, t.length - 1)?.id ?? null;
  }

  inp.sentences.forEach((s) => {
    const sFirst = tokenAt(t, s.start);
    const sEnd = tokenAt(t, s.end);
    for (let v = sFirst; v < sEnd; v++) {
      if (quoted[v]) continue;
      const w = t.lower[v];
      if (w === 'according' && t.lower[v + 1] === 'to') {
        const p = phraseAfter(t, v + 2, sEnd);
        if (p && anchored(p)) resolve(p);
        // the phrase is used up: "according to the source, who reasoned that" names no one new
        v = p ? p.last : v + 1;
        continue;
      }
      if (!lex.speechVerbs.has(w) || inStory(v)) continue;
      // "quoted the agency as saying": the one who quotes is the source
      const subject = subjectBefore(t, v, sFirst, anchored);
      if (subject) resolve(subject);
      else if (v > sFirst && (t.lower[v - 1] === '"' || t.lower[v - 1] === ',')) {
        const after = phraseAfter(t, v + 1, sEnd);
        if (after && anchored(after)) resolve(after);
      }
    }
  });

  // other outlets cited anywhere ("originally published by ...", "told Daily NK") are sources too
  if (inp.outlets.size) for (let i = 0; i < t.length; i++) {
    // outlet names are written with a capital (or in digits or Hangul): lower-case words are skipped cheaply
    const c = t.lower[i].charCodeAt(0);
    if (c >= 97 && c <= 122 && !t.upper[i]) continue;
    const o = outletAt(i, t.length - 1);
    if (!o || o.id === own) continue;
    const span = { start: t.start[i], end: t.end[i + o.words.length - 1] };
    if (out.some((m) => m.span.start <= span.start && m.span.end >= span.end)) continue;
    out.push({ span, key: `outlet:${o.id}`, descriptor: inp.text.slice(span.start, span.end), location: null, placeId: null, kind: o.stateMedia ? 'state_media' : 'outlet' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
