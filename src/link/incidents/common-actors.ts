// Actors common among the acts one act is compared with. The security ministries,
// the police and the leader are named in most reports of an arrest or a flight in a
// border town: that two reports both name one says nothing of whether they tell one
// episode, as a shared rare actor does. The acts met share the act's type, place and
// time, so this is a document frequency over just the acts it might join.
import type { LinkEvent } from '../../core/link-model.js';

/** An actor named by more than this share of the acts met, and more than ACTOR_COMMON_MIN of them, is common. */
const ACTOR_COMMON_SHARE = 0.2;
const ACTOR_COMMON_MIN = 3;

/** Keys of the actors common among the acts met, given as each report's acts (a report counts an actor once). */
export function commonActors(reports: Iterable<readonly LinkEvent[]>): ReadonlySet<string> {
  const uses = new Map<string, number>();
  let n = 0;
  for (const acts of reports) {
    n++;
    for (const k of new Set(acts.flatMap((e) => e.actors.map((a) => a.key)))) uses.set(k, (uses.get(k) ?? 0) + 1);
  }
  const limit = Math.max(ACTOR_COMMON_MIN, ACTOR_COMMON_SHARE * n);
  const out = new Set<string>();
  for (const [k, u] of uses) if (u > limit) out.add(k);
  return out;
}
