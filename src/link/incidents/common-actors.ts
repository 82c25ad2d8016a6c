// Actors common among the acts one act is compared with. The security ministries,
// the police and the leader are named in most reports of an arrest or a flight in a
// border town: that two reports both name one says nothing of whether they tell one
// episode, as a shared rare actor does (common-among.ts says what common means).
import type { LinkEvent } from '../../core/link-model.js';
import { commonAmong } from '../common-among.js';

/** Keys of the actors common among the acts met, given as each report's acts (a report counts an actor once). */
export function commonActors(reports: Iterable<readonly LinkEvent[]>): ReadonlySet<string> {
  const keysOf = (acts: readonly LinkEvent[]) => {
    const keys = new Set<string>();
    for (const e of acts) for (const a of e.actors) keys.add(a.key);
    return keys;
  };
  return commonAmong([...reports].map(keysOf));
}
