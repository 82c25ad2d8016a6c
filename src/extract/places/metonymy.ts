// "Pyongyang dispatched agents", "Beijing refused", "Seoul said", "urged Beijing": a
// country or a seat of government as the subject or object of an act of state names
// the government, not the place.
import type { Words } from '../../knowledge/words.js';

/** Verbs of state: what governments do and places cannot. */
const STATE_ACTS = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'stated', 'declared', 'dispatched', 'dispatches', 'sent', 'sends',
  'refused', 'refuses', 'rejected', 'rejects', 'denied', 'denies', 'demanded', 'demands', 'ordered', 'orders',
  'protested', 'protests', 'condemned', 'condemns', 'warned', 'warns', 'claimed', 'claims', 'insisted', 'insists',
  'accused', 'accuses', 'responded', 'responds', 'agreed', 'agrees', 'urged', 'urges', 'vowed', 'vows',
  'threatened', 'threatens', 'decided', 'decides', 'approved', 'approves', 'issued', 'issues', 'deployed', 'deploys',
  'requested', 'requests', 'pressed', 'presses', 'pressured', 'sought', 'seeks', 'told', 'tells', 'asked', 'asks',
  'criticized', 'criticised', 'criticizes', 'criticises', 'blamed', 'blames', 'pledged', 'pledges', 'signed', 'signs',
  'launched', 'launches', 'imposed', 'imposes', 'banned', 'bans', 'allowed', 'allows', 'permitted', 'repatriated',
  'repatriates', 'returned', 'arrested', 'executed', 'punished', 'wants', 'wanted', 'plans', 'planned',
  'hopes', 'hoped', 'expects', 'expected', 'recalled', 'recalls', 'summoned', 'summons', 'notified', 'informed',
  'confirmed', 'confirms', 'acknowledged', 'acknowledges', 'officially', 'publicly', 'cracked', 'stepped', 'tightened',
  'instructed', 'instructs', 'mobilised', 'mobilized', 'retaliated', 'negotiated', 'proposed', 'proposes', 'offered',
  'offers', 'complained', 'complains', 'objected', 'objects', 'dismissed', 'dismisses', 'ignored', 'ignores',
  'vetoed', 'vetoes', 'voted', 'votes', 'abstained', 'backed', 'opposed', 'opposes', 'recognised', 'recognized',
  'retaliated', 'expelled', 'expels', 'froze', 'freezes', 'extradited', 'deported', 'deports', 'denounced', 'denounces',
  'cooperated', 'cooperates', 'helped', 'assisted', 'intervened', 'reacted', 'supported', 'supports', 'provided',
  'provides', 'handed', 'hands', 'detained', 'detains', 'maintained', 'maintains', 'continued', 'continues',
  'reissued', 'reissues', 'renewed', 'renews', 'introduced', 'introduces', 'enacted', 'enacts',
  'called', 'calls', 'described', 'describes', 'estimated', 'estimates', 'revealed', 'reveals', 'disclosed', 'discloses',
  // what a government holds to be so ("when Seoul believes the purge began")
  'believes', 'believed', 'thinks', 'suspects', 'suspected', 'considers', 'regards', 'views', 'fears', 'feared', 'assesses', 'assessed',
]);
/** What a government is called on to do, after a modal only ("Pyongyang should open its prisons"; "the Sinuiju open market" is a place). */
const CALLED_ON = new Set(['open', 'release', 'free', 'stop', 'end', 'abolish', 'allow', 'permit', 'grant', 'cease', 'halt', 'respect', 'comply']);
const MODALS = new Set(['should', 'must', 'shall']);
/** Words between the subject and its verb that keep the reading ("Beijing has also refused"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'is', 'was', 'also', 'reportedly', 'then', 'later', 'quickly', 'again', 'never', 'not', 'allegedly',
  'apparently', 'recently', 'already', 'still', 'initially', 'swiftly', 'immediately', 'will', 'would', 'may', 'might',
  'could', 'hitherto', 'previously', 'repeatedly', 'secretly', 'quietly', 'once', 'first', 'formally', 'officially',
  'publicly', 'now', 'long', 'since', 'even', 'further', 'reportedly', 'newly', 'subsequently', 'eventually', 'finally',
  'in', 'the', 'past', 'turn', 'should', 'must', 'shall',
]);
/** Words read past between a subject and its verb ("Pyongyang has in the past dismissed"). */
const BETWEEN_REACH = 5;
/** Verbs that take a government as their object ("urged Beijing", "press Pyongyang"). */
const ACTS_ON_STATE = new Set([
  'press', 'pressed', 'pressing', 'pressure', 'pressured', 'urge', 'urged', 'urging', 'lobby', 'lobbied', 'persuade',
  'persuaded', 'criticize', 'criticized', 'criticise', 'criticised', 'condemn', 'condemned', 'accuse', 'accused',
  'sanction', 'sanctioned', 'warned', 'warn', 'negotiate', 'negotiated', 'asked', 'ask', 'petition', 'petitioned',
]);
/** A preposition before the name makes it a place ("in Pyongyang said" is not a subject). */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'of', 'via', 'through', 'into', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'within', 'between', 'for', 'on', 'by']);

/** Is the name at words [from, to) the subject of an act of state? */
/** Dealings between states: "talks with Seoul", "relations between Beijing and Pyongyang". */
const DEALINGS = new Set([
  'effort', 'efforts', 'talks', 'negotiations', 'consultations', 'relations', 'ties', 'cooperation', 'agreement',
  'agreements', 'dialogue', 'communication', 'contact', 'contacts', 'deal', 'summit', 'meeting', 'dispute', 'treaty',
  'coordination', 'consultation', 'diplomacy', 'rapprochement', 'tensions', 'friction',
]);

/** Does a preposition stand right before word i ("in Pyongyang", "to China")? */
export const afterPreposition = (w: Words, i: number): boolean => i > 0 && w.brk[i] === 0 && PLACE_PREPOSITIONS.has(w.key[i - 1]);

export function isMetonymy(w: Words, from: number, to: number): boolean {
  if (from > 0 && w.brk[from] === 0 && ACTS_ON_STATE.has(w.key[from - 1])) return true;
  if (from > 1 && w.brk[from] === 0 && w.brk[from - 1] < 2 && (w.key[from - 1] === 'with' || w.key[from - 1] === 'between') && DEALINGS.has(w.key[from - 2])) return true;
  if (afterPreposition(w, from)) return false;
  let modal = false;
  for (let j = to; j < w.length && j < to + BETWEEN_REACH && w.brk[j] === 0; j++) {
    if (STATE_ACTS.has(w.key[j]) || (modal && CALLED_ON.has(w.key[j]))) return true;
    modal ||= MODALS.has(w.key[j]);
    if (!BETWEEN.has(w.key[j])) return false;
  }
  return false;
}
