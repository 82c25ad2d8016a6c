/** Maps an async sequence lazily: one item in, one out, nothing held. */
export async function* mapRecords<T, U>(items: AsyncIterable<T>, f: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield f(item);
}
