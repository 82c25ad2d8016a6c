/** One day in milliseconds. */
export const DAY = 86_400_000;

/**
 * The first instant and the instant after the last that a date key means, in UTC
 * milliseconds: `2025` is the whole year, `2025-05` the month, `2025-05-03` the day.
 * Shared by the server's timeline buckets and the browser's drawing of them.
 */
export function dateSpan(key: string): [number, number] {
  const [y, m, d] = key.split('-').map(Number);
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d) + DAY];
}
