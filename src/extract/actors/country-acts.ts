// A country named as the one that arrests ("China arrested dozens of defectors", "Laos
// detained them") stands for its police: the annotation reads such a sentence as an act of
// that country's police or public security, the body that makes arrests. Sending people back
// is a government's decision and names no police. North Korea is left out: which of its
// organs acted the report says elsewhere.
import type { ActorMention } from '../doc.js';
import type { PlacedMention, Scan } from './scan.js';

/** Verbs of arrest. */
const ARREST_VERBS = new Set([
  'arrest', 'arrests', 'arrested', 'detain', 'detains', 'detained', 'catch', 'catches', 'caught', 'nabbed', 'nabs',
  'apprehended', 'apprehends', 'rounded',
]);
/** Words that may stand between the country and its verb: "China has arrested", "China reportedly detained". */
const BETWEEN = new Set(['has', 'have', 'had', 'reportedly', 'recently', 'allegedly']);

/** The police mention a country before a verb of arrest stands for, or null. */
export function countryActing(s: Scan, place: PlacedMention): ActorMention | null {
  const { w, k } = s;
  if (place.p.level !== 'country') return null;
  let j = place.to;
  while (j < w.length && j - place.to < 2 && w.brk[j] === 0 && BETWEEN.has(w.key[j])) j++;
  if (j >= w.length || w.brk[j] !== 0 || !ARREST_VERBS.has(w.key[j])) return null;
  const country = k.places.get(place.p.placeId)?.country;
  const id = country && country !== 'KP' ? k.generic.get('police')?.get(country) : undefined;
  const police = id ? k.actors.get(id) : undefined;
  if (!police) return null;
  return { span: { ...place.p.span }, kind: 'organization', canonId: police.id, name: police.name, placeId: null, count: null };
}
