// A function's answers remembered per word: the Korean stages read the same words and
// stems again and again (each source noun re-reads its sentence's words).

/** words remembered before a memo starts afresh: a report's vocabulary fits many times over */
const MEMO_LIMIT = 20_000;

/** `find` remembered per word; what it returns is shared between callers, to be read, not changed. */
export function memoised<T>(find: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    if (memo.has(word)) return memo.get(word) as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = find(word);
    memo.set(word, found);
    return found;
  };
}
