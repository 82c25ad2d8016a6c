// A report tells one episode, sometimes with background about older ones. Its
// events are grouped by the story's own time: the dated act that most of the
// report's dated acts lie near (ties to the first in the text: the lede) sets the
// episode's time, so a passing "since 2011" early on does not pull the story
// away; acts dated well away from it (a paragraph on last year's executions) are
// background and link on their own; undated acts belong to the episode the report
// is about. Likewise in place: an act in a place unrelated to where most of the
// episode's acts happen (another province, another country's town) is told beside
// the episode, not as part of it, and links on its own: taken along, it would
// carry the episode into the cases of that other place.
import { spanGap } from '../time.js';
import type { LinkEvent, LinkPlace } from '../../core/link-model.js';

/** Acts further apart than this from the lede's time are another episode. */
export const EPISODE_DAYS = 45;

export interface Story {
  /** the acts of the episode the report is about, in text order */
  episode: LinkEvent[];
  /** acts about other episodes, each linked on its own */
  background: LinkEvent[];
}

const told = (e: LinkEvent) => e.basis === 'date' && e.modality !== 'negated';

/** The act that most of `acts` are `near` (ties to the first in text order). */
function lede(acts: readonly LinkEvent[], near: (a: LinkEvent, b: LinkEvent) => boolean): LinkEvent {
  let best = acts[0], most = 0;
  for (const d of acts) {
    let n = 0;
    for (const x of acts) if (near(x, d)) n++;
    if (n > most) { best = d; most = n; }
  }
  return best;
}

/** The province (or, outside any province, the place itself) a place lies in. */
const regionOf = (p: LinkPlace): string => (p.level === 'country' || p.level === 'province' || p.ancestors.length < 2 ? p.id : p.ancestors[p.ancestors.length - 2]);

/** Only countries: too coarse to say the act happened elsewhere ("those who try to reach South Korea" names a goal, not a scene). */
const vague = (e: LinkEvent) => e.places.every((p) => p.level === 'country');

/** Two acts' places are related when one contains the other or they lie in one province; an act placed in no town or province relates to any. */
function related(a: LinkEvent, b: LinkEvent): boolean {
  if (vague(a) || vague(b)) return true;
  for (const p of a.places) for (const q of b.places) {
    if (p.id === q.id || p.ancestors.includes(q.id) || q.ancestors.includes(p.id) || regionOf(p) === regionOf(q)) return true;
  }
  return false;
}

export function splitStory(events: readonly LinkEvent[]): Story {
  const ordered = [...events].sort((a, b) => a.evidence.start - b.evidence.start);
  const dated = ordered.filter(told);
  const near = (a: LinkEvent, b: LinkEvent) => spanGap(a.lo!, a.hi!, b.lo!, b.hi!) <= EPISODE_DAYS;
  const when = dated.length ? lede(dated, near) : null;
  // A denial in the report stays with the episode it denies: the case shows it as a contradiction.
  const inTime = when ? ordered.filter((e) => !told(e) || near(e, when)) : ordered;
  const placed = inTime.filter((e) => !vague(e) && e.modality !== 'negated');
  const where = placed.length ? lede(placed, related) : null;
  const episode: LinkEvent[] = [], background: LinkEvent[] = [];
  for (const e of ordered) {
    const apart = (when !== null && told(e) && !near(e, when)) || (where !== null && e.modality !== 'negated' && !related(e, where));
    (apart ? background : episode).push(e);
  }
  return { episode, background };
}
