// Publication dates arrive as ISO timestamps (HTML meta, JSON), RFC 822 dates (RSS)
// or plain dates; the model keeps the calendar day, YYYY-MM-DD.

export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const s = value.trim();
  if (s === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/.exec(s);
  if (iso) return iso[1];
  // anything else that names a full date ("Tue, 10 Jun 2003 04:00:00 GMT")
  if (/\d{4}/.test(s) && /[a-z]{3}/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return s;
}
