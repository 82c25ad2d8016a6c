// A function's answers remembered by key, in bounded memory: extraction and linking look
// the same few keys up again and again (a report's words, outlet fields, publication
// days), but a long run meets ever new ones, so a memo that is full starts afresh
// rather than growing with the corpus.

/**
 * `find` remembered per key, up to `limit` keys before the memo is cleared. What it returns
 * is shared between callers, to be read, not changed; `find` must be pure.
 */
export function memoised<K, V>(find: (key: K) => V, limit: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    const known = memo.get(key);
    // undefined may be an answer: only then is the map asked twice
    if (known !== undefined || memo.has(key)) return known as V;
    if (memo.size >= limit) memo.clear();
    const found = find(key);
    memo.set(key, found);
    return found;
  };
}
