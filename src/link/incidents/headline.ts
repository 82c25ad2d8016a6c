// How a case title tells one act: a short headline clause ("mid-level cadre fled",
// "wife and two sons arrested", "investigation by Central Public Prosecutors Office")
// rather than the bare type, so that a list of cases reads as what happened.
import { ENGLISH_FUNCTION_WORDS } from '../../knowledge/function-words.js';
import type { EventType, Role } from '../../core/model.js';
import type { LinkActor, LinkEvent } from '../../core/link-model.js';

interface Headline {
  /** the participant the clause is about: the one who acts or the one acted on */
  role: Role;
  /** may an organisation be that participant ("investigation by the prosecutors")? */
  bodies: boolean;
  /** the clause with its participant */
  says: (who: string) => string;
  /** the act alone, and after "attempted", "planned" or "ordered" */
  bare: string;
}

const HEADLINE: Record<EventType, Headline> = {
  DEFECTION: { role: 'agent', bodies: false, says: (w) => `${w} fled`, bare: 'defection' },
  PURSUIT: { role: 'target', bodies: false, says: (w) => `hunt for ${w}`, bare: 'pursuit' },
  ARREST: { role: 'target', bodies: false, says: (w) => `${w} arrested`, bare: 'arrest' },
  REPATRIATION: { role: 'target', bodies: false, says: (w) => `${w} repatriated`, bare: 'repatriation' },
  PUNISHMENT: { role: 'target', bodies: false, says: (w) => `${w} punished`, bare: 'punishment' },
  COLLECTIVE_PUNISHMENT: { role: 'target', bodies: false, says: (w) => `${w} punished as kin`, bare: 'collective punishment' },
  SURVEILLANCE: { role: 'agent', bodies: true, says: (w) => `surveillance by ${w}`, bare: 'surveillance' },
  SMUGGLING: { role: 'agent', bodies: false, says: (w) => `smuggling by ${w}`, bare: 'smuggling' },
  CORRUPTION: { role: 'agent', bodies: false, says: (w) => `corruption by ${w}`, bare: 'corruption' },
  FABRICATION: { role: 'target', bodies: false, says: (w) => `charges fabricated against ${w}`, bare: 'fabricated charges' },
  INVESTIGATION: { role: 'agent', bodies: true, says: (w) => `investigation by ${w}`, bare: 'investigation' },
  DIRECTIVE: { role: 'agent', bodies: true, says: (w) => `order by ${w}`, bare: 'order' },
  INCENTIVE: { role: 'agent', bodies: true, says: (w) => `reward offered by ${w}`, bare: 'reward offered' },
  VIOLENCE: { role: 'target', bodies: false, says: (w) => `violence against ${w}`, bare: 'violence' },
  PROTEST: { role: 'agent', bodies: false, says: (w) => `protest by ${w}`, bare: 'protest' },
};

// An order or a reward is itself what was ordered or planned: its modality adds nothing to the title.
const SAID_OF_ITSELF: ReadonlySet<EventType> = new Set(['DIRECTIVE', 'INCENTIVE']);
const UNREALISED = new Set(['attempted', 'planned', 'ordered']);

/** A role taken from the start of a sentence ("Two women were ...") reads in lower case mid-title; "North Korean diplomat" keeps its capital. */
function midTitle(a: LinkActor): string {
  const first = a.name.split(' ')[0];
  return a.kind === 'role' && first !== first.toLowerCase() && ENGLISH_FUNCTION_WORDS.has(first.toLowerCase())
    ? a.name[0].toLowerCase() + a.name.slice(1)
    : a.name;
}

/**
 * The headline clause of one act. `named` holds the participants an earlier clause of the
 * same title already gave: a name is given once, later acts fall back to their bare word.
 */
export function headline(e: LinkEvent, named: Set<string>): string {
  const h = HEADLINE[e.type];
  if (UNREALISED.has(e.modality) && !SAID_OF_ITSELF.has(e.type)) return `${e.modality} ${h.bare}`;
  const who = e.actors.find((a) => a.role === h.role && (h.bodies || a.kind !== 'organization'));
  if (!who || named.has(who.key)) return h.bare;
  named.add(who.key);
  return h.says(midTitle(who));
}
