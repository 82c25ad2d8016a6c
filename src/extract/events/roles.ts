// Participants of an event from word order: in the active voice the actor before the
// trigger acts and the one after it is acted upon; in the passive ("were arrested by
// police") the subject is the target and the "by" phrase the agent.
import type { Role } from '../../core/model.js';
import type { ActorMention } from '../doc.js';
import type { Tokens } from '../tokens.js';
import { lowerAt, tokenAt } from '../tokens.js';
import type { Lexicon } from './lexicon.js';
import type { TriggerHit } from './match.js';

const REACH = 12;

/** Verbs that make the name next to them the speaker ("said Kim", "Kim told reporters"), not one who acts or is acted on. */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'noted']);

/** Tokens an apposition after a speaker's name may run ("Kim, who heads a group in Seoul, said"). */
const APPOSITION = 16;

function isSpeaker(t: Tokens, first: number, last: number): boolean {
  if (SPEECH.has(lowerAt(t, first - 1))) return true;
  if (lowerAt(t, first - 1) === 'to' && lowerAt(t, first - 2) === 'according') return true;
  if (SPEECH.has(lowerAt(t, last + 1))) return true;
  // a name, its apposition closed by a comma, then the verb of telling
  const next = lowerAt(t, last + 1);
  if (next !== ',' && next !== 'of') return false;
  for (let k = last + 2; k < Math.min(t.length, last + 2 + APPOSITION); k++) {
    const w = t.lower[k];
    if (w === '.' || w === ';') return false;
    if (w === ',' && SPEECH.has(lowerAt(t, k + 1))) return true;
  }
  return false;
}

export function participantsOf(t: Tokens, hit: TriggerHit, actors: readonly ActorMention[], sentenceActors: readonly number[], lex: Lexicon): { actorIndex: number; role: Role }[] {
  const passive = lex.passive.has(lowerAt(t, hit.first - 1)) || lex.passive.has(lowerAt(t, hit.first - 2));
  const out: { actorIndex: number; role: Role }[] = [];
  for (const index of sentenceActors) {
    const a = actors[index];
    const first = tokenAt(t, a.span.start);
    if (isSpeaker(t, first, tokenAt(t, a.span.end) - 1)) continue;
    let role: Role;
    if (first < hit.first) {
      if (hit.first - first > REACH) continue;
      role = passive ? 'target' : 'agent';
    } else if (first > hit.last) {
      if (first - hit.last > REACH) continue;
      role = t.lower[first - 1] === 'by' || (t.lower[first - 2] === 'by' && t.lower[first - 1] === 'the') ? 'agent' : passive ? 'other' : 'target';
    } else continue;
    if (!already(out, actors, a.canonId ?? a.name, role)) out.push({ actorIndex: index, role });
  }
  return out;
}

/** Whether the actor (by canon id, else name) already takes the role: a scan of the few found, not a Set of keys built per event. */
function already(out: readonly { actorIndex: number; role: Role }[], actors: readonly ActorMention[], who: string, role: Role): boolean {
  for (const p of out) if (p.role === role && (actors[p.actorIndex].canonId ?? actors[p.actorIndex].name) === who) return true;
  return false;
}
