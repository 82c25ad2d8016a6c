// What is common among the reports an act is compared with: a word or an actor that
// more than a fifth of them (and more than three) use tells their stories apart no
// better than "arrest" does, however rare it is elsewhere. The reports an act meets
// share its type, place and time, so this is a document frequency over just the
// stories it might belong to.
const COMMON_SHARE = 0.2;
const COMMON_MIN = 3;

/** The keys more than COMMON_SHARE of the given documents hold (each document gives its keys once). */
export function commonAmong<K>(documents: Iterable<ReadonlySet<K>>): Set<K> {
  const uses = new Map<K, number>();
  let n = 0;
  for (const keys of documents) {
    n++;
    for (const k of keys) uses.set(k, (uses.get(k) ?? 0) + 1);
  }
  const limit = Math.max(COMMON_MIN, COMMON_SHARE * n);
  const out = new Set<K>();
  for (const [k, u] of uses) if (u > limit) out.add(k);
  return out;
}
