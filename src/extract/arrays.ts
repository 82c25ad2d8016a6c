// Arrays the scans hand to one another are built by push onto an array literal. V8 gives
// an array a different hidden class for what it holds, and arrays from map(), filter() or
// a spread differ again when empty; each kind a hot function meets after it was compiled
// makes V8 throw the compiled code away and compile it again, which costs more CPU than
// the scans themselves on short runs. Arrays from one literal that has held objects or
// strings are all allocated alike, empty or not.

/** A copy of the items. */
export function copyOf<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of items) out.push(x);
  return out;
}

/** What f makes of each item. */
export function mapped<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (const x of items) out.push(f(x));
  return out;
}

/** The items that pass the test. */
export function kept<T>(items: readonly T[], test: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const x of items) if (test(x)) out.push(x);
  return out;
}
