// Attributed statements. A quotation is a claim of the source the sentence attributes it
// to; reported speech ("cadres claimed that he ran away because of debt") is a claim of
// the verb's subject, even inside a quotation. Claims set against each other by a
// contrast ("... but his family insists ...", "colleagues tell a different story") are
// contested; a statement the text calls fabricated is marked allegedFalse.
import type { Span } from '../../core/model.js';
import type { ActorMention, ClaimMention, SourceMention } from '../doc.js';
import { subjectBefore } from '../sources/attribution.js';
import type { Tokens } from '../tokens.js';
import { lowerAt, tokenAt } from '../tokens.js';
import { mapped } from '../arrays.js';
import type { ClaimLexicon } from './lexicon.js';

export interface ClaimInputs {
  text: string;
  t: Tokens;
  quoted: Uint8Array;
  sentences: readonly Span[];
  sources: readonly SourceMention[];
  actors: readonly ActorMention[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const CLAUSE_END = new Set(['.', ',', ';', ':', '"', '!', '?']);
const CONTEST_REACH = 3;
const SCARE_QUOTE = 8;
const THAT_REACH = 6;
// "say he ran", "insists the cadres lied": a clause with no "that" is reported speech when
// a verb of saying (not "told", which takes a listener) runs straight into its subject
const CLAUSE_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'no', 'some', 'many', 'most']);
const LISTENER_VERBS = new Set(['told', 'tell', 'tells', 'reported', 'accused', 'accuses', 'accusing']);

type Speaker = NonNullable<ClaimMention['speaker']>;
const sameSpeaker = (x: Speaker, y: Speaker) =>
  'sourceKey' in x ? 'sourceKey' in y && x.sourceKey === y.sourceKey : 'actorIndex' in y && x.actorIndex === y.actorIndex;

interface Found extends ClaimMention { sentence: number; verb: number }

export function scanClaims(inp: ClaimInputs, lex: ClaimLexicon): ClaimMention[] {
  const { t, quoted, sentences } = inp;
  const claims: Found[] = [];
  const sourceIn = (from: number, to: number) => inp.sources.filter((m) => m.span.start >= from && m.span.end <= to);
  const lastSourceBefore = (pos: number) => {
    let best: SourceMention | undefined;
    for (const m of inp.sources) if (m.span.end <= pos && m.kind !== 'outlet') best = m;
    return best;
  };

  // falsity: a fabrication word before the verb in the same sentence, or in the content
  const falseAt = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (lex.falsity.has(t.lower[k])) return true;
    return false;
  };

  // the quotation of tokens (i, j) opening in sentence s: a helper rather than the token
  // loop's own body, whose closures would then cost an allocation on every token
  const addQuotation = (s: Span, si: number, i: number, j: number) => {
    const content = { start: t.start[i + 1], end: t.end[j - 1] };
    const closeAt = Math.min(j, t.length - 1);
    // the attribution sits outside the quote in the sentence where it closes (or this one)
    const closeSentence = sentences.findIndex((x) => x.start <= t.start[closeAt] && t.start[closeAt] < x.end);
    const holder = closeSentence >= 0 ? sentences[closeSentence] : s;
    const attributed = [...sourceIn(s.start, s.end), ...sourceIn(holder.start, holder.end)].filter((m) => !(m.span.start >= content.start && m.span.end <= content.end));
    // a few quoted words with no one named for them are scare quotes, not a statement
    if (!attributed.length && j - i < SCARE_QUOTE) return;
    const source = attributed[0] ?? lastSourceBefore(content.start);
    claims.push({
      content,
      evidence: { start: s.start, end: Math.max(s.end, holder.end) },
      speaker: source ? { sourceKey: source.key } : null,
      stance: 'asserts',
      allegedFalse: false,
      contestedWith: [],
      sentence: si,
      verb: i,
    });
  };

  sentences.forEach((s, si) => {
    const sFirst = tokenAt(t, s.start);
    const sEnd = tokenAt(t, s.end);
    // quotations that open in this sentence
    for (let i = sFirst; i < sEnd; i++) {
      if (t.lower[i] !== '"' || quoted[i + 1] !== 1 || (i > 0 && quoted[i - 1] === 1)) continue;
      let j = i + 1;
      while (j < t.length && quoted[j] === 1) j++;
      if (j - 1 <= i + 1) continue;
      addQuotation(s, si, i, j);
      i = j;
    }
    // reported speech: VERB that CLAUSE
    for (let v = sFirst; v < sEnd; v++) {
      const stance = lex.verbs.get(t.lower[v]);
      if (!stance) continue;
      // "claimed that ...", "reported to the authorities that ...", "accused him of ..."
      let that = -1;
      for (let k = v + 1; k < Math.min(sEnd, v + THAT_REACH); k++) {
        if (t.lower[k] === 'that') { that = k; break; }
        if (CLAUSE_END.has(t.lower[k])) break;
      }
      const accusation = stance === 'alleges' && that < 0 && /^(?:him|her|them)$/.test(lowerAt(t, v + 1)) && t.lower[v + 2] === 'of';
      const bare = that < 0 && !accusation && !LISTENER_VERBS.has(t.lower[v]) && CLAUSE_SUBJECT.has(lowerAt(t, v + 1)) && v + 2 < sEnd && !quoted[v];
      if (that < 0 && !accusation && !bare) continue;
      const from = that >= 0 ? that + 1 : v + 1;
      let to = from;
      while (to < sEnd && t.lower[to] !== ';' && !(t.lower[to] === ',' && t.lower[to + 1] === 'but') && !(quoted[to] !== quoted[from] && t.lower[to] === '"')) to++;
      if (to <= from) continue;
      const content = { start: t.start[from], end: t.end[to - 1] };
      const subject = subjectBefore(t, v, sFirst, () => true);
      let speaker: ClaimMention['speaker'] = null;
      if (subject) {
        const sub = { start: t.start[subject.first], end: t.end[subject.last] };
        const src = inp.sources.find((m) => m.span.start >= sub.start && m.span.end <= sub.end);
        const actorIndex = inp.actors.findIndex((a) => a.span.start >= sub.start && a.span.end <= sub.end);
        if (src) speaker = { sourceKey: src.key };
        else if (actorIndex >= 0) speaker = { actorIndex };
        else if (subject.first === subject.last && PRONOUNS.has(t.lower[subject.first]) && !quoted[v]) {
          const last = lastSourceBefore(sub.start);
          if (last) speaker = { sourceKey: last.key };
        }
      }
      claims.push({
        content,
        evidence: { start: s.start, end: s.end },
        speaker,
        stance,
        allegedFalse: falseAt(sFirst, v) || falseAt(from, to),
        contestedWith: [],
        sentence: si,
        verb: v,
      });
    }
  });

  claims.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  // drop a quotation wholly holding a reported-speech claim of the same sentence only when identical
  const out = claims.filter((c, i) => !(i > 0 && claims[i - 1].content.start === c.content.start && claims[i - 1].content.end === c.content.end));

  const differ = (a: ClaimMention, b: ClaimMention) => a.speaker === null || b.speaker === null || !sameSpeaker(a.speaker, b.speaker);
  const cueBetween = (set: Set<string>, from: number, to: number) => {
    for (let k = tokenAt(t, from); k < t.length && t.start[k] < to; k++) if (set.has(t.lower[k])) return true;
    return false;
  };
  // two claims of different speakers are contested when one sentence sets them against each other
  // ("X claimed ..., but Y insists ...") or the text says so between them ("... tell a different story")
  for (let j = 1; j < out.length; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const a = out[i];
      const b = out[j];
      if (b.sentence - a.sentence > CONTEST_REACH) break;
      if (a.content.end > b.content.start || !differ(a, b)) continue;
      const sameSentence = a.sentence === b.sentence && (a.stance !== 'asserts' || b.stance !== 'asserts') && cueBetween(lex.contrast, a.content.end, b.content.start);
      // "The two sides tell different stories. X say ...; Y insists ...": the cue may announce the pair
      const announced = a.sentence === b.sentence && a.sentence > 0 && cueBetween(lex.contest, sentences[a.sentence - 1].start, sentences[a.sentence - 1].end);
      if (!sameSentence && !announced && !cueBetween(lex.contest, a.content.end, b.content.start)) continue;
      a.contestedWith.push(j);
      b.contestedWith.push(i);
      // the other side calls it a fabrication: the first claim is alleged to be false
      if (cueBetween(lex.falsity, b.content.start, b.content.end)) a.allegedFalse = true;
      break;
    }
  }
  return mapped(out, ({ sentence: _s, verb: _v, ...c }): ClaimMention => c);
}
