// A report tells one episode, sometimes with background about older ones. Its
// events are grouped by the story's own time: the dated act that most of the
// report's dated acts lie near (ties to the first in the text: the lede) sets the
// episode's time, so a passing "since 2011" early on does not pull the story
// away; acts dated well away from it (a paragraph on last year's executions) are
// background and link on their own; undated acts belong to the episode the report
// is about.
import { spanGap } from '../time.js';
import type { LinkEvent } from '../../core/link-model.js';

/** Acts further apart than this from the lede's time are another episode. */
export const EPISODE_DAYS = 45;

export interface Story {
  /** the acts of the episode the report is about, in text order */
  episode: LinkEvent[];
  /** acts about other episodes, each linked on its own */
  background: LinkEvent[];
}

const told = (e: LinkEvent) => e.basis === 'date' && e.modality !== 'negated';

export function splitStory(events: readonly LinkEvent[]): Story {
  const ordered = [...events].sort((a, b) => a.evidence.start - b.evidence.start);
  const dated = ordered.filter(told);
  if (dated.length === 0) return { episode: ordered, background: [] };
  const near = (a: LinkEvent, b: LinkEvent) => spanGap(a.lo!, a.hi!, b.lo!, b.hi!) <= EPISODE_DAYS;
  let lede = dated[0], most = 0;
  for (const d of dated) {
    const n = dated.filter((x) => near(x, d)).length;
    if (n > most) { lede = d; most = n; }
  }
  const episode: LinkEvent[] = [], background: LinkEvent[] = [];
  for (const e of ordered) {
    // A denial in the report stays with the episode it denies: the case shows it as a contradiction.
    const apart = told(e) && !near(e, lede);
    (apart ? background : episode).push(e);
  }
  return { episode, background };
}
